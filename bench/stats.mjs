// Order statistics of a set of timings.

/** The q-quantile (0…1) by linear interpolation between the closest ranks. */
function quantile(values, q) {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Median and the 10th–90th percentile range, rounded to hundredths of a millisecond. */
export function summarize(values) {
  const round = (value) => Math.round(value * 100) / 100;
  return { median: round(quantile(values, 0.5)), p10: round(quantile(values, 0.1)), p90: round(quantile(values, 0.9)), runs: values.length };
}
