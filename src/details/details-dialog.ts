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
 */
export class DetailsDialog<Content> implements ReactiveController {
  private opened = false;
  private loaded: { content: Content } | undefined;
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
    this.loaded ??= { content: await this.load() };
    if (!this.host.isConnected) return;
    this.opened = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  close(): void {
    this.dialog()?.close();
  }

  hostDisconnected(): void {
    this.opened = false;
  }

  render(t: SharedStrings, content: (loaded: Content) => DetailsContent): TemplateResult {
    const details = this.opened && this.loaded ? content(this.loaded.content) : undefined;
    return html`<dialog part="dialog" aria-labelledby=${this.titleId} @close=${this.onClose}>
      ${details
        ? html`<div class="dialog-header">
              <h2 id=${this.titleId}>${details.title}</h2>
              <button type="button" part="dialog-close" @click=${() => this.close()}>${t.close}</button>
            </div>
            <div class="dialog-body card-rows" tabindex="0" role="region" aria-labelledby=${this.titleId}>${details.body}</div>
            ${details.csv
              ? html`<div class="dialog-footer">
                  <button type="button" part="csv-button" @click=${() => void this.download(details)}>${t.downloadCsv}</button>
                </div>`
              : nothing}`
        : nothing}
    </dialog>`;
  }

  private async download(details: DetailsContent): Promise<void> {
    if (!details.csv) return;
    const { downloadCsv, toCsv } = await import('./csv.js');
    downloadCsv(details.csv.filename, toCsv(details.csv.rows));
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
