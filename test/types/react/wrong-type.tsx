// Must fail on the lines marked ✗ only: `max-slices` takes a number, `provider` a provider.
import type {} from 'credit-widgets/jsx-react';

export const pie = <credit-pie max-slices="six" />; // ✗
export const dashboard = <credit-dashboard provider={{ baseUrl: '/api/credits' }} />; // ✗
