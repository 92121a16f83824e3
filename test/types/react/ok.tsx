// Must pass: properties, attributes and event handlers the tags have, with the right types.
import type {} from 'credit-widgets/jsx-react';
import { HttpCreditProvider, type CreditAllocationRequestEvent } from 'credit-widgets';
import { HttpCreditProvider as BundledProvider } from 'credit-widgets/bundle';

const provider = new HttpCreditProvider({ baseUrl: '/api/credits' });
const bundled: HttpCreditProvider = new BundledProvider({ baseUrl: '/api/credits' });

export const page = (
  <credit-provider provider={provider} timeout-ms={10_000}>
    <credit-dashboard
      locale="de-DE"
      strings={{ retry: 'Nochmal' }}
      oncredit-allocation-request={(event: CreditAllocationRequestEvent) => console.log(event.detail.featureId)}
    />
    <credit-pie max-slices={6} provider={bundled} className="pie" />
  </credit-provider>
);
