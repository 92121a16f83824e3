import { FeatureCatalog } from './feature-catalog.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('feature-catalog')) customElements.define('feature-catalog', FeatureCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'feature-catalog': FeatureCatalog;
  }
}

export { FeatureCatalog };
