// `npm run size`: fails when the single-file bundle or an entry grows past its budget.
// Budgets are the `size-limit` array of package.json: `{ "name": "<entry>", "limit": "69 KB" }`,
// where the name is one of bench/size.mjs's entries (or `bundle`) and the limit is gzip bytes
// of what a page loads first (lazy chunks aside); 1 KB = 1,000 bytes. No timing is checked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureSizes } from './size.mjs';

/** "69 KB", "1.5 MB", "2048 B" or a plain number of bytes. */
function parseLimit(limit) {
  const match = /^\s*([\d.]+)\s*(B|KB|MB)?\s*$/i.exec(String(limit));
  if (!match) throw new Error(`size-limit: cannot read the limit "${limit}" (use e.g. "69 KB")`);
  const unit = { b: 1, kb: 1000, mb: 1_000_000 }[(match[2] ?? 'B').toLowerCase()];
  return Math.round(Number(match[1]) * unit);
}

const budgets = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'))['size-limit'];
if (!Array.isArray(budgets) || budgets.length === 0) throw new Error('package.json has no "size-limit" budgets');

const rows = await measureSizes({ only: budgets.map((budget) => budget.name), shares: false });
let over = 0;
for (const budget of budgets) {
  const row = rows.find((candidate) => candidate.name === budget.name);
  if (!row) throw new Error(`size-limit: no entry named "${budget.name}" in bench/size.mjs`);
  const limit = parseLimit(budget.limit);
  const ok = row.initial.gzip <= limit;
  if (!ok) over++;
  const bytes = (n) => n.toLocaleString('en-US');
  console.log(`${ok ? '✓' : '✗'} ${budget.name}: ${bytes(row.initial.gzip)} B gzip, budget ${bytes(limit)} B${ok ? '' : ` (${bytes(row.initial.gzip - limit)} B over)`}`);
}
console.log(`size budgets: ${budgets.length - over} within, ${over} over`);
process.exit(over === 0 ? 0 : 1);
