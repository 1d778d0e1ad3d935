// One Chromium for a test file's PDFs: opened before its tests (or a describe block's), closed after them.
import { afterAll, beforeAll } from 'vitest';
import { findBrowser, PdfPrinter } from '../../src/render/index.js';

/** Opens the printer in beforeAll and hands it to `set`; closes it in afterAll. */
export function usePrinter(set: (printer: PdfPrinter) => void): void {
  let opened: PdfPrinter | undefined;
  beforeAll(async () => {
    opened = await PdfPrinter.open(await findBrowser());
    set(opened);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
}
