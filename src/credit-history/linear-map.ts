/*
 * A linear map from a domain to a range and back, with d3 scaleLinear's arithmetic
 * (normalise, then interpolate) so positions are the numbers d3 gives. d3-scale's continuous
 * scales bring d3-interpolate, d3-color and d3-format (about 6 KB gzip) for colour and string
 * ranges the chart never uses; the history takes only the ticks and nicing from d3-scale.
 */

export interface LinearMap {
  (value: number): number;
  invert(position: number): number;
}

/** `from` mapped onto `to`; a zero-width `from` maps everything to the middle of `to`. */
export function linearMap(from: readonly [number, number], to: readonly [number, number]): LinearMap {
  const map = bimap(from, to) as LinearMap;
  map.invert = bimap(to, from);
  return map;
}

/** d3's bimap: a descending domain is normalised from its low end, with the range swapped. */
function bimap([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  return d1 < d0 ? (value) => interpolate(r1, r0, normalise(d1, d0, value)) : (value) => interpolate(r0, r1, normalise(d0, d1, value));
}

function normalise(a: number, b: number, value: number): number {
  return b - a ? (value - a) / (b - a) : 0.5;
}

function interpolate(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}
