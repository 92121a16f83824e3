// A test-runner command that prints the test's page to PDF as Chromium prints it (print media,
// the page's width on paper) and returns the PDF's text as poppler's pdftotext reads it, with each
// word's printed width: the print tests check what a printed page really contains, not what the
// screen shows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf-text') return undefined;
      const page = session.browser.getPage(session.id);
      // Print media whatever a test emulated before (page.pdf keeps an emulated 'screen').
      await page.emulateMedia({ media: 'print' });
      let pdf;
      try {
        pdf = await page.pdf({ format: 'A4', printBackground: true });
      } finally {
        await page.emulateMedia({ media: null });
      }
      const folder = mkdtempSync(join(tmpdir(), 'credit-print-'));
      try {
        const file = join(folder, 'page.pdf');
        writeFileSync(file, pdf);
        // Only what lies on the paper (A4 at pdftotext's 72 dpi): text drawn past the page's edge
        // is still in the file, but nobody reads it on the printed sheet.
        const paper = ['-x', '0', '-y', '0', '-W', '595', '-H', '842'];
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...paper, file, '-'], { encoding: 'utf8' });
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
        // Each word's printed width in points, to tell whether Chromium shrank the page to fit.
        const boxes = execFileSync('pdftotext', ['-bbox', ...paper, file, '-'], { encoding: 'utf8' });
        const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
          ([, xMin, xMax, word]) => ({ word, width: Number(xMax) - Number(xMin) }),
        );
        return { text, pages, words };
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
