/**
 * Print: "Print this step" prints the current step's grids, numbers and formula without the app's
 * chrome. The test prints conv-walk at step 6 to PDF (Chromium's page.pdf, print media) and reads
 * the PDF's text with pdfjs-dist (legacy build, for node).
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

async function pdfText(data: Uint8Array): Promise<string> {
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join('\n');
}

test('print: a lesson prints its current step (grids, numbers, the sum) without app chrome, in black on white', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en&step=5');
  try {
    const { page } = s;
    await page.getByTestId('print-step').waitFor();
    const output = await readGrid(page, 'output');
    await page.emulateMedia({ media: 'print' });
    // The chrome and the controls are gone; a grid cell prints black on white.
    assert.equal(await page.locator('.app-header').isVisible(), false);
    assert.equal(await page.getByTestId('print-step').isVisible(), false);
    assert.equal(await page.getByTestId('step-next').isVisible(), false);
    const cell = await page.locator('[data-testid="grid-input"] [data-row="0"][data-col="0"]').evaluate((el) => {
      const cs = getComputedStyle(el);
      return [cs.backgroundColor, cs.color];
    });
    assert.deepEqual(cell, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const text = await pdfText(new Uint8Array(pdf));
    assert.match(text, /6 \/ 9/, 'the step on the page');
    assert.match(text, /Convolution, one window at a time/);
    // Every number of the output computed so far, and the formula's result, are in the PDF.
    const shown = output.flat().filter((v) => Number.isFinite(v));
    assert.ok(shown.length >= 6, `output cells so far: ${shown.length}`);
    for (const v of shown) assert.ok(text.includes(String(v).replace('-', '−')) || text.includes(String(v)), `${v} printed`);
    assert.doesNotMatch(text, /Copy link|Presentation mode|Print this step/);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
