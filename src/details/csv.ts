import { creditsText } from '../data/credits.js';

/** A cell value: text, or credits (written exactly, in plain decimal notation, not locale-formatted). */
export type CsvCell = string | number;

/**
 * Text a spreadsheet would read as a formula or a command (OWASP's CSV injection guidance):
 * `=`, `+`, `-`, `@`, and `|` and `%` (DDE and macro syntax), in ASCII or full width (Excel reads
 * `＝` as `=`), and any leading white space, control or format character (a space, NBSP, tab,
 * CR, LF, BOM, U+202E…), which spreadsheets skip before looking for one of those.
 */
const FORMULA_START = /^[=+\-@|%＝＋－＠｜％\p{White_Space}\p{Cc}\p{Cf}]/u;

/** Separators spreadsheets split on (`;` in locales with a decimal comma), quotes and line breaks. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * RFC 4180 CSV. Names come from the provider, untrusted: a text cell that a spreadsheet could
 * run is prefixed with an apostrophe, which makes it text. Credits are written exactly to the
 * hundredth (`0.3`, never `0.30000000000000004` or `1e-7`).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: CsvCell): string {
  const text = typeof value === 'number' ? creditsText(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Offers the CSV as a download named `filename`, as UTF-8 with a byte order mark: without it
 * Excel reads the file in the system's code page and garbles every name that is not ASCII.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled: the download has then taken its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
