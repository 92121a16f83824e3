// Must fail on the lines marked ✗ only: no tag has a `provder` property. (TypeScript does not
// check JSX attribute names with a dash, such as `oncredit-alocation-request`, in any JSX: a
// typo in one of those is not caught.)
import type {} from 'credit-widgets/jsx-react';
import { HttpCreditProvider } from 'credit-widgets';

const provider = new HttpCreditProvider({ baseUrl: '/api/credits' });

export const page = <credit-dashboard provder={provider} />; // ✗
