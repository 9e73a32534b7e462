import type { StudySheetListItem } from '../../core/export/build-study-sheet.js';

export const PDF_FONT_REGULAR = 'study-regular';
export const PDF_FONT_BOLD = 'study-bold';
export const PDF_MARGINS = { top: 56, bottom: 64, left: 56, right: 56 } as const;

export const PDF_COLORS = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  accent: '#1f4e79',
  rule: '#c8ced6',
  notice: '#8a1c1c',
  noticeBackground: '#fbeaea',
  caution: '#6b4a00',
  cautionBackground: '#fdf3d8',
};
export const PDF_SIZES = { title: 20, question: 13, closingHeading: 13, sectionHeading: 10.5, body: 10, small: 8.5 };
const LIST_INDENT = 16;
/** Space above each item of a notice box, in points. */
const ITEM_GAP = 3;
/** Side of a checklist's tick box, in points. */
const CHECKBOX_SIZE = 7.5;

/** Removes characters a PDF text run cannot show (control characters) and unifies line breaks. */
export function cleanPdfText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left, so a heading is not orphaned. */
export function keepSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function writeTitle(doc: PDFKit.PDFDocument, title: string): void {
  doc.font(PDF_FONT_BOLD).fontSize(PDF_SIZES.title).fillColor(PDF_COLORS.accent);
  doc.text(cleanPdfText(title), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/** `Interview: Technical   Level: Senior   …` with bold labels; a pair is never split over two lines. */
export function writeMetadata(doc: PDFKit.PDFDocument, items: readonly StudySheetListItem[]): void {
  const gap = '     ';
  doc.fontSize(PDF_SIZES.body).fillColor(PDF_COLORS.muted);
  const pairs = items.map((item) => ({ label: `${item.label ?? ''}: `, value: cleanPdfText(item.text) }));
  const widthOf = (pair: (typeof pairs)[number]) =>
    doc.font(PDF_FONT_BOLD).widthOfString(pair.label) + doc.font(PDF_FONT_REGULAR).widthOfString(pair.value + gap);
  const lines: (typeof pairs)[] = [];
  let lineWidth = 0;
  for (const pair of pairs) {
    const width = widthOf(pair);
    const current = lines.at(-1);
    if (current && lineWidth + width <= contentWidth(doc)) {
      current.push(pair);
      lineWidth += width;
    } else {
      lines.push([pair]);
      lineWidth = width;
    }
  }
  for (const line of lines) {
    doc.x = doc.page.margins.left;
    line.forEach((pair, index) => {
      const last = index === line.length - 1;
      doc.font(PDF_FONT_BOLD).text(pair.label, { continued: true, width: contentWidth(doc) });
      doc.font(PDF_FONT_REGULAR).text(last ? pair.value : pair.value + gap, { continued: !last });
    });
  }
  doc.moveDown(0.8);
}

/** How a notice box looks: `alert` for a partial session, `caution` for notes on the posting. */
export type PdfNoticeTone = 'alert' | 'caution';

const NOTICE_COLORS = {
  alert: { text: PDF_COLORS.notice, background: PDF_COLORS.noticeBackground },
  caution: { text: PDF_COLORS.caution, background: PDF_COLORS.cautionBackground },
} as const satisfies Record<PdfNoticeTone, { text: string; background: string }>;

/**
 * A tinted box the reader cannot miss: a bold text (the session is incomplete, or the heading of
 * the notes on the posting), then any items as a bulleted list.
 */
export function writeNotice(
  doc: PDFKit.PDFDocument,
  text: string,
  items: readonly string[] = [],
  tone: PdfNoticeTone = 'alert',
): void {
  const padding = 8;
  const width = contentWidth(doc) - 2 * padding;
  const clean = cleanPdfText(text);
  const lines = items.map((item) => `•  ${cleanPdfText(item)}`);
  doc.fontSize(PDF_SIZES.body);
  const textHeight = doc.font(PDF_FONT_BOLD).heightOfString(clean, { width });
  doc.font(PDF_FONT_REGULAR);
  const itemHeights = lines.map((line) => doc.heightOfString(line, { width, lineGap: 1.5 }) + ITEM_GAP);
  const height = textHeight + itemHeights.reduce((sum, itemHeight) => sum + itemHeight, 0) + 2 * padding;
  keepSpace(doc, height);
  const top = doc.y;
  const colors = NOTICE_COLORS[tone];
  doc.rect(doc.page.margins.left, top, contentWidth(doc), height).fill(colors.background);
  doc
    .font(PDF_FONT_BOLD)
    .fillColor(colors.text)
    .text(clean, doc.page.margins.left + padding, top + padding, { width });
  let y = top + padding + textHeight;
  lines.forEach((line, index) => {
    y += ITEM_GAP;
    doc
      .font(PDF_FONT_REGULAR)
      .fillColor(colors.text)
      .text(line, doc.page.margins.left + padding, y, {
        width,
        lineGap: 1.5,
      });
    y += (itemHeights[index] ?? 0) - ITEM_GAP;
  });
  doc.y = top + height;
  doc.moveDown(0.8);
}

/** A thin line across the text column, between questions. */
export function writeRule(doc: PDFKit.PDFDocument): void {
  keepSpace(doc, 24);
  doc.moveDown(0.4);
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.6)
    .stroke(PDF_COLORS.rule);
  doc.moveDown(0.8);
}

export function writeQuestionHeading(doc: PDFKit.PDFDocument, number: number, text: string, facts: string): void {
  const left = doc.page.margins.left;
  const heading = `${number}. ${cleanPdfText(text)}`;
  doc.font(PDF_FONT_BOLD).fontSize(PDF_SIZES.question).fillColor(PDF_COLORS.accent);
  // Keep the question with its facts line and the start of its first section.
  keepSpace(doc, doc.heightOfString(heading, { width: contentWidth(doc) }) + 110);
  doc.text(heading, left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.15);
  doc
    .font(PDF_FONT_REGULAR)
    .fontSize(PDF_SIZES.small + 0.5)
    .fillColor(PDF_COLORS.muted);
  doc.text(cleanPdfText(facts), left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

/** Labelled lines under a question's facts (`From the posting: "…"`, `Stage: …`), label in bold. */
export function writeDetails(doc: PDFKit.PDFDocument, items: readonly StudySheetListItem[]): void {
  const left = doc.page.margins.left;
  for (const item of items) {
    doc.fontSize(PDF_SIZES.body).fillColor(PDF_COLORS.text);
    keepSpace(doc, doc.currentLineHeight(true) + 2);
    doc.font(PDF_FONT_BOLD).text(`${cleanPdfText(item.label ?? '')}: `, left, doc.y, {
      width: contentWidth(doc),
      continued: true,
      lineGap: 1.5,
    });
    doc.font(PDF_FONT_REGULAR).text(cleanPdfText(item.text), { lineGap: 1.5 });
  }
  if (items.length > 0) doc.moveDown(0.2);
}

/** `level` 'section' for the parts of a question, 'closing' for the notes after the questions. */
export function writeHeading(doc: PDFKit.PDFDocument, heading: string, level: 'section' | 'closing'): void {
  const size = level === 'closing' ? PDF_SIZES.closingHeading : PDF_SIZES.sectionHeading;
  keepSpace(doc, size * 5);
  doc.moveDown(level === 'closing' ? 0.6 : 0.35);
  doc
    .font(PDF_FONT_BOLD)
    .fontSize(size)
    .fillColor(level === 'closing' ? PDF_COLORS.accent : PDF_COLORS.text);
  doc.text(cleanPdfText(heading), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.15);
}

export function writeParagraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(PDF_FONT_REGULAR).fontSize(PDF_SIZES.body).fillColor(PDF_COLORS.text);
  doc.text(cleanPdfText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
}

/**
 * Bulleted or numbered items with a hanging indent; a label is set in bold before the text. A
 * checklist (the preparation plan) gets an empty box to tick instead of a bullet.
 */
export function writeList(
  doc: PDFKit.PDFDocument,
  items: readonly StudySheetListItem[],
  ordered: boolean,
  checklist = false,
): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc) - LIST_INDENT;
  items.forEach((item, index) => {
    doc.fontSize(PDF_SIZES.body).fillColor(PDF_COLORS.text);
    keepSpace(doc, doc.currentLineHeight(true) + 2);
    const top = doc.y;
    if (checklist && !ordered) {
      doc.font(PDF_FONT_REGULAR);
      const boxTop = top + (doc.currentLineHeight() - CHECKBOX_SIZE) / 2;
      doc
        .rect(left + 1, boxTop, CHECKBOX_SIZE, CHECKBOX_SIZE)
        .lineWidth(0.8)
        .stroke(PDF_COLORS.text);
    } else {
      doc.font(ordered ? PDF_FONT_BOLD : PDF_FONT_REGULAR);
      doc.text(ordered ? `${index + 1}.` : '•', left + 2, top, { width: LIST_INDENT, lineBreak: false });
    }
    const text = cleanPdfText(item.text);
    if (item.label) {
      doc
        .font(PDF_FONT_BOLD)
        .text(`${cleanPdfText(item.label)}: `, left + LIST_INDENT, top, { width, continued: true, lineGap: 1.5 });
      doc.font(PDF_FONT_REGULAR).text(text, { lineGap: 1.5 });
    } else {
      doc.font(PDF_FONT_REGULAR).text(text, left + LIST_INDENT, top, { width, lineGap: 1.5 });
    }
    doc.moveDown(0.2);
  });
}

/** Writes `title · Page n of N` in the footer of every buffered page. */
export function writePageFooters(doc: PDFKit.PDFDocument, title: string): void {
  const range = doc.bufferedPageRange();
  const label = cleanPdfText(title).replace(/\s+/g, ' ');
  const shortTitle = label.length > 70 ? `${label.slice(0, 67)}...` : label;
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const { margins } = doc.page;
    const savedBottom = margins.bottom;
    // Writing below the bottom margin would otherwise make pdfkit add a page.
    margins.bottom = 0;
    const y = doc.page.height - savedBottom / 2 - PDF_SIZES.small;
    const width = doc.page.width - margins.left - margins.right;
    doc.font(PDF_FONT_REGULAR).fontSize(PDF_SIZES.small).fillColor(PDF_COLORS.muted);
    doc.text(shortTitle, margins.left, y, { width: width * 0.75, lineBreak: false });
    doc.text(`Page ${page + 1} of ${range.count}`, margins.left, y, { width, align: 'right', lineBreak: false });
    margins.bottom = savedBottom;
  }
}
