import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A font file, with the face's PostScript name when the file is a collection (.ttc). */
export type PdfFontFace = { source: Buffer | string; family?: string };
/** Regular and bold faces for PDF exports. */
export type PdfFonts = { regular: PdfFontFace; bold: PdfFontFace };

const DEJAVU_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

/**
 * Fonts with Chinese, Japanese and Korean glyphs, from Debian's packages (fonts-noto-cjk,
 * fonts-wqy-microhei): no npm package ships one of a sensible size. The first one present wins.
 */
const CJK_FONT_CANDIDATES: readonly PdfFonts[] = [
  {
    regular: { source: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
    bold: { source: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'NotoSansCJKsc-Bold' },
  },
  {
    regular: { source: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
    bold: { source: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  },
];

const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/u;

/** True when the text has Chinese, Japanese or Korean characters, which DejaVu Sans lacks. */
export function containsCjk(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

let dejaVu: PdfFonts | null = null;

/**
 * DejaVu Sans (accented Latin, Greek, Cyrillic; pdfkit's built-in fonts only cover Latin-1),
 * resolved as a package file so it is found from src/ and from a built dist/. When the text
 * needs CJK glyphs and a CJK font is installed, that font is used instead (it also covers Latin).
 */
export function loadPdfFonts(options: { cjk: boolean }): PdfFonts {
  if (options.cjk) {
    const installed = CJK_FONT_CANDIDATES.find(
      (fonts) => existsSync(fonts.regular.source as string) && existsSync(fonts.bold.source as string),
    );
    if (installed) return installed;
  }
  if (!dejaVu) {
    const require = createRequire(import.meta.url);
    dejaVu = {
      regular: { source: readFileSync(require.resolve(DEJAVU_FILES.regular)) },
      bold: { source: readFileSync(require.resolve(DEJAVU_FILES.bold)) },
    };
  }
  return dejaVu;
}
