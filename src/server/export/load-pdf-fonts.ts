import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Regular and bold faces for PDF exports, as TTF bytes. */
export type PdfFonts = { regular: Buffer; bold: Buffer };

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

let cached: PdfFonts | null = null;

/**
 * DejaVu Sans, which covers accented Latin, Greek and Cyrillic (pdfkit's built-in fonts only
 * cover Latin-1). Resolved as a package file, so it is found from src/ and from a built dist/.
 * Read once, then kept.
 */
export function loadPdfFonts(): PdfFonts {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = {
      regular: readFileSync(require.resolve(FONT_FILES.regular)),
      bold: readFileSync(require.resolve(FONT_FILES.bold)),
    };
  }
  return cached;
}
