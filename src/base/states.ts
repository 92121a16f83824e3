import { html, type TemplateResult } from 'lit';
import type { ControllerState } from '../base/section-controller.js';
import type { SharedStrings } from '../i18n/strings.js';

/*
 * The loading, error and no-provider blocks every widget shows in place of its content.
 * Loading content is the caller's skeleton of the final size, so nothing jumps on arrival.
 */

export function loadingState(t: SharedStrings, skeleton: TemplateResult): TemplateResult {
  return html`<div class="state loading" role="status" aria-busy="true" part="loading">
    <span class="visually-hidden">${t.loading}</span>
    <div aria-hidden="true">${skeleton}</div>
  </div>`;
}

export function errorState(t: SharedStrings, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <strong>${t.errorTitle}</strong>
    <span class="message">${message}</span>
    <button type="button" part="retry-button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

export function noProviderState(t: SharedStrings): TemplateResult {
  return html`<div class="state no-provider" role="status" part="error">
    <span class="message">${t.noProvider}</span>
  </div>`;
}

/**
 * The block for a section that is not ready, or `undefined` when it is (render the content).
 * Several sections can be combined: the first that is not ready decides.
 */
export function sectionBlock(
  t: SharedStrings,
  states: readonly { state: ControllerState<unknown>; retry: () => void }[],
  skeleton: TemplateResult,
): TemplateResult | undefined {
  for (const { state, retry } of states) {
    if (state.status === 'no-provider') return noProviderState(t);
    if (state.status === 'error') return errorState(t, state.message, retry);
  }
  if (states.some(({ state }) => state.status === 'loading')) return loadingState(t, skeleton);
  return undefined;
}

