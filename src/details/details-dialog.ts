import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { CreditDetailsRequestEvent, type CreditDetailsView } from '../events/details-request.js';
import type { SharedStrings } from '../i18n/strings.js';
import type { CsvCell } from './csv.js';

export interface DetailsContent {
  title: string;
  body: TemplateResult;
  /** When given, the dialog offers this table as a CSV download. */
  csv?: { filename: string; rows: readonly (readonly CsvCell[])[] };
}

/**
 * The "View details" dialog: a native modal `<dialog>` (focus moves in, Escape closes, the
 * rest of the page is inert), whose focus returns to the button that opened it. The body is
 * rendered only while open, and scrolls on its own between the header and the footer, so it
 * is a named region the keyboard can focus and scroll. The element renders
 * `dialog.render(...)` once in its template.
 *
 * Few visits open it, so what fills it (`Content`: the module that lays out the table) is
 * loaded on the first open, not with the element; so is the CSV writer, on the first download.
 * The dialog opens at once and says it is loading; a module that cannot be loaded (the
 * network, a new deployment) is said in the dialog, with Retry, never a button that does
 * nothing.
 */
export class DetailsDialog<Content> implements ReactiveController {
  private opened = false;
  private loaded: { content: Content } | undefined;
  /** Loading the content or the CSV writer failed: said in the dialog until tried again. */
  private failed: 'content' | 'csv' | undefined;
  private returnFocusTo: HTMLElement | undefined;
  private static count = 0;
  private readonly titleId = `credit-dialog-title-${++DetailsDialog.count}`;

  constructor(
    private readonly host: ReactiveElement,
    private readonly load: () => Promise<Content>,
  ) {
    host.addController(this);
  }

  get open(): boolean {
    return this.opened;
  }

  /**
   * The View details handshake: fires the cancelable `credit-details-request` from the host,
   * then opens the built-in dialog unless the host cancelled it to show its own.
   */
  request(view: CreditDetailsView, trigger: HTMLElement): void {
    const request = new CreditDetailsRequestEvent({ view });
    this.host.dispatchEvent(request);
    if (!request.defaultPrevented) void this.show(trigger);
  }

  /** Opens the dialog; focus returns to `trigger` (else the focused element) on close. */
  async show(trigger?: HTMLElement): Promise<void> {
    this.returnFocusTo = trigger ?? deepActiveElement();
    if (!this.host.isConnected) return;
    this.opened = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    if (!this.loaded) await this.loadContent();
  }

  private async loadContent(): Promise<void> {
    this.failed = undefined;
    this.host.requestUpdate();
    try {
      this.loaded = { content: await this.load() };
    } catch {
      this.failed = 'content';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Retry, which had the focus, is gone once the content shows: focus stays in the dialog.
    const dialog = this.dialog();
    const active = deepActiveElement();
    if (dialog?.open && !(active && dialog.contains(active))) dialog.querySelector<HTMLElement>('[part~="dialog-close"]')?.focus();
  }

  close(): void {
    this.dialog()?.close();
  }

  hostDisconnected(): void {
    this.opened = false;
  }

  render(t: SharedStrings, content: (loaded: Content) => DetailsContent): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby=${this.titleId} @close=${this.onClose}>
      ${this.opened ? this.renderOpen(t, content) : nothing}
    </dialog>`;
  }

  /**
   * The content once loaded; until then the dialog says it is loading, or that it failed. The
   * header is one template throughout, so the focused Close button stays when the content comes.
   */
  private renderOpen(t: SharedStrings, content: (loaded: Content) => DetailsContent): TemplateResult {
    const details = this.loaded ? content(this.loaded.content) : undefined;
    const title = details?.title ?? (this.failed === 'content' ? t.errorTitle : t.loading);
    return html`<div class="dialog-header">
        <h2 id=${this.titleId}>${title}</h2>
        <button type="button" part="dialog-close" @click=${() => this.close()}>${t.close}</button>
      </div>
      ${details ? this.renderDetails(t, details) : this.renderPending(t)}`;
  }

  private renderDetails(t: SharedStrings, details: DetailsContent): TemplateResult {
    return html`<div class="dialog-body card-rows" tabindex="0" role="region" aria-labelledby=${this.titleId}>${details.body}</div>
      ${details.csv
        ? html`<div class="dialog-footer">
            ${this.failed === 'csv' ? html`<span class="message" role="alert">${t.loadFailed}</span>` : nothing}
            <button type="button" part="csv-button" @click=${() => void this.download(details)}>${t.downloadCsv}</button>
          </div>`
        : nothing}`;
  }

  private renderPending(t: SharedStrings): TemplateResult {
    return this.failed === 'content'
      ? html`<div class="dialog-body state error" role="alert" part="error">
          <span class="message">${t.loadFailed}</span>
          <button type="button" part="retry-button" @click=${() => void this.loadContent()}>${t.retry}</button>
        </div>`
      : html`<div class="dialog-body state loading" role="status" aria-busy="true" part="loading"></div>`;
  }

  private async download(details: DetailsContent): Promise<void> {
    if (!details.csv) return;
    this.failed = undefined;
    try {
      const { downloadCsv, toCsv } = await import('./csv.js');
      downloadCsv(details.csv.filename, toCsv(details.csv.rows));
    } catch {
      this.failed = 'csv';
    }
    this.host.requestUpdate();
  }

  private onClose = (): void => {
    this.opened = false;
    this.host.requestUpdate();
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
  };

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.renderRoot.querySelector?.('dialog[part~="dialog"]') as HTMLDialogElement | null | undefined;
  }
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
