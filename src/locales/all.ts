/*
 * Registers every bundled translation (German, Japanese, Arabic) in one import:
 * `import 'credit-widgets/locales/all'`. Import a single locale module to ship less.
 */
import './de.js';
import './ja.js';
import './ar.js';

export { de } from './de.js';
export { ja } from './ja.js';
export { ar } from './ar.js';
