/*
 * An Angular host: a standalone component with CUSTOM_ELEMENTS_SCHEMA, so the template may
 * use the kit's tags; `[provider]` sets the provider as a property and
 * `(credit-allocation-request)` hears the event. Angular types `$event` as `Event`: the
 * handler narrows it. The host allocates; here it only shows what it received.
 */
import { CUSTOM_ELEMENTS_SCHEMA, Component, ElementRef, signal, viewChild } from '@angular/core';
import {
  CreditAllocationRequestEvent,
  StaticCreditProvider,
  type CreditProviderElement,
} from 'credit-widgets';
import { demoCreditData } from 'credit-widgets/demo';

@Component({
  selector: 'credit-example',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Annual credits</h1>
      <credit-provider #credits [provider]="provider">
        <credit-dashboard (credit-allocation-request)="onAllocationRequest($event)"></credit-dashboard>
      </credit-provider>
      <p>Last allocation request: <output id="host-received">{{ received() }}</output></p>
    </main>
  `,
})
export class AppComponent {
  // One provider for the component's lifetime: a new one would refetch every section.
  readonly provider = new StaticCreditProvider(demoCreditData());
  readonly received = signal('');
  private readonly credits = viewChild.required<ElementRef<CreditProviderElement>>('credits');

  onAllocationRequest(event: Event): void {
    if (!(event instanceof CreditAllocationRequestEvent)) return;
    this.received.set(JSON.stringify({ type: event.type, ...event.detail }));
    // A real host opens its allocation form and saves (event.detail.requestId is the
    // idempotency key). Once saved, the widgets must show it: with
    // HttpCreditProvider({ baseUrl, changes: true }) the server's change feed does that;
    // otherwise refresh what an allocation changes.
    this.credits().nativeElement.refresh(['allocations', 'features', 'summary', 'history']);
  }
}
