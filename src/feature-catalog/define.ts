import { FeatureCatalogElement } from './feature-catalog.js';

// Guarded: a host page may load two copies of the kit.
if (!customElements.get('feature-catalog')) customElements.define('feature-catalog', FeatureCatalogElement);

declare global {
  interface HTMLElementTagNameMap {
    'feature-catalog': FeatureCatalogElement;
  }
}

export { FeatureCatalogElement };
