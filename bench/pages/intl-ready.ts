/*
 * The first Intl objects a page creates load the browser's ICU number and date data
 * (20–30 ms here). Any app that shows a number or a date has paid that before a chart
 * appears, and uPlot pays it at import; so every bench page pays it at load, with options
 * no contender uses, and no contender's create does. Each formatter a contender creates
 * for its own options is still timed.
 */
export function loadIntlData(): void {
  new Intl.NumberFormat('en-US').format(1);
  new Intl.DateTimeFormat('en-US').format(0);
}
