import { html, type TemplateResult } from 'lit';
import type { ControllerState } from '../base/section-controller.js';
import type { DataErrorCode } from '../data/errors.js';
import type { SharedStrings } from '../i18n/strings.js';

/*
 * The loading, error and no-provider blocks every widget shows in place of its content.
 * Loading content is the caller's skeleton of the final size, so nothing jumps on arrival.
 */

/** A section as a block needs it: its state, and how to ask for it again. */
export interface BlockSection {
  readonly state: ControllerState<unknown>;
  retry(): void;
}

export function loadingState(t: SharedStrings, skeleton: TemplateResult): TemplateResult {
  return html`<div class="state loading" role="status" aria-busy="true" part="loading">
    <span class="visually-hidden">${t.loading}</span>
    <div aria-hidden="true">${skeleton}</div>
  </div>`;
}

/**
 * What the user reads for a failure: plain words for its kind. The technical text (a URL, a
 * status, a field path, or whatever a provider threw: "Cannot read properties of null") is
 * for logs and developers, so it goes to `credit-data-error` and the Details disclosure.
 */
export function plainError(t: SharedStrings, code: DataErrorCode): string {
  switch (code) {
    case 'network':
      return t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'auth':
      return t.errorAuth;
    case 'http':
      return t.errorHttp;
    case 'invalid-data':
      return t.errorInvalidData;
    default:
      return t.errorProvider;
  }
}

/** A failed section: plain words, the technical text under Details, and Retry. */
export function errorState(t: SharedStrings, failure: { message: string; code: DataErrorCode }, onRetry: () => void): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <strong>${t.errorTitle}</strong>
    <span class="message">${plainError(t, failure.code)}</span>
    <details part="error-details">
      <summary>${t.errorDetails}</summary>
      <code class="technical">${failure.message}</code>
    </details>
    <button type="button" part="retry-button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/**
 * The element's own settings are wrong: the message names the property or attribute, for the
 * developer who set it. No Retry: asking again would fail the same way.
 */
export function settingsState(t: SharedStrings, message: string): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <strong>${t.errorTitle}</strong>
    <span class="message">${message}</span>
  </div>`;
}

export function noProviderState(t: SharedStrings): TemplateResult {
  return html`<div class="state no-provider" role="status" part="error">
    <span class="message">${t.noProvider}</span>
  </div>`;
}

/**
 * The block for sections that are not ready, or `undefined` when all are (render the
 * content). The first that is not ready decides what shows; its Retry asks again for every
 * section listed that failed (each controller's `retry` also takes the element's other failed
 * sections along, in one refresh).
 */
export function sectionBlock(t: SharedStrings, sections: readonly BlockSection[], skeleton: TemplateResult): TemplateResult | undefined {
  const failed = sections.filter(({ state }) => state.status === 'error');
  const retryFailed = () => failed.forEach((section) => section.retry());
  for (const { state } of sections) {
    if (state.status === 'misconfigured') return settingsState(t, state.message);
    if (state.status === 'no-provider') return noProviderState(t);
    if (state.status === 'error') return errorState(t, state, retryFailed);
  }
  if (sections.some(({ state }) => state.status === 'loading')) return loadingState(t, skeleton);
  return undefined;
}
