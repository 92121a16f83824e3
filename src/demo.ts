/*
 * credit-widgets/demo: realistic demo data for trying the kit out. Kept out of the root
 * entry, so a host with its own provider never downloads it (`<credit-provider demo>`
 * imports it lazily).
 */
export { demoCreditData, demoOverAllocatedData, type DemoDataOptions } from './data/demo-data.js';
