/*
 * The single-file bundle (`dist/credit-widgets.bundle.js`): for `<script type="module">`
 * without a bundler, it registers every element and exports the whole API, the demo data
 * included, since such a page cannot import `credit-widgets/demo` separately.
 */
export * from './index.js';
export * from './demo.js';
