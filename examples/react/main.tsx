/*
 * A React 19 host: the wrappers from `credit-widgets/react` set the provider as a property
 * and hand the kit's events to typed `on…` props. The host allocates; here it only shows
 * what it received.
 */
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  StaticCreditProvider,
  type CreditAllocationRequestEvent,
  type CreditProviderElement,
} from 'credit-widgets';
import { demoCreditData } from 'credit-widgets/demo';
import { CreditDashboard, CreditProvider } from 'credit-widgets/react';

// One provider for the page's lifetime: a new one per render would refetch every section.
const provider = new StaticCreditProvider(demoCreditData());

function App() {
  const [received, setReceived] = useState('');
  const credits = useRef<CreditProviderElement>(null);
  const onAllocationRequest = (event: CreditAllocationRequestEvent) => {
    setReceived(JSON.stringify({ type: event.type, ...event.detail }));
    // A real host opens its allocation form and saves (event.detail.requestId is the
    // idempotency key). Once saved, the widgets must show it: with
    // HttpCreditProvider({ baseUrl, changes: true }) the server's change feed does that;
    // otherwise refresh what an allocation changes.
    credits.current?.refresh(['allocations', 'features', 'summary', 'history']);
  };
  return (
    <main>
      <h1>Annual credits</h1>
      <CreditProvider ref={credits} provider={provider}>
        <CreditDashboard onAllocationRequest={onAllocationRequest} />
      </CreditProvider>
      <p>
        Last allocation request:{' '}
        <output id="host-received">{received}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
