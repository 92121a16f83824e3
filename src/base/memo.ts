/**
 * Remembers the last call: the same arguments (compared with `Object.is`) give the same
 * result object, so a render that reads a layout or a filtered list many times computes it
 * once, and a re-render for a crosshair move or a focus change recomputes nothing.
 */
export function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => !Object.is(arg, last!.args[i]))) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}
