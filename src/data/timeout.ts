/**
 * How long a provider may take to answer before a widget shows a timeout error. One default
 * for the shared cache, `<credit-provider timeout-ms>` and the HTTP provider, so a host that
 * sets one of them is never cut off earlier by another.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
