import { PRACTICE_HEADING, type StudySheetAttempt } from '../../core/export/study-sheet-practice.js';
import {
  PDF_COLORS,
  PDF_FONT_BOLD,
  PDF_FONT_REGULAR,
  PDF_SIZES,
  cleanPdfText,
  contentWidth,
  keepSpace,
  writeDetails,
  writeHeading,
  writeList,
  writeNotice,
} from './pdf-layout.js';

const QUOTE_INDENT = 12;
const QUOTE_BAR_WIDTH = 2;

/** A question's practice attempts, each with its answer in full (wrapped), scores and feedback. */
export function writePracticeAttempts(doc: PDFKit.PDFDocument, attempts: readonly StudySheetAttempt[]): void {
  if (attempts.length === 0) return;
  doc.font(PDF_FONT_REGULAR).fontSize(PDF_SIZES.body);
  // Keep the heading with the first attempt's heading and what it answered.
  keepSpace(doc, doc.currentLineHeight(true) * 9);
  writeHeading(doc, PRACTICE_HEADING, 'section');
  for (const attempt of attempts) writeAttempt(doc, attempt);
}

function writeAttempt(doc: PDFKit.PDFDocument, attempt: StudySheetAttempt): void {
  writeAttemptHeading(doc, attempt.heading, attempt.facts);
  if (attempt.notice) writeNotice(doc, attempt.notice);
  writeDetails(doc, [attempt.answered]);
  if (attempt.answer.trim()) {
    writeLabel(doc, 'Answer');
    writeQuote(doc, attempt.answer);
  }
  writeList(doc, attempt.summary, false);
  if (attempt.criteria.length > 0) {
    writeLabel(doc, 'Scores');
    writeList(doc, attempt.criteria, false);
  }
  if (attempt.feedback.length > 0) {
    writeLabel(doc, 'Feedback');
    writeList(doc, attempt.feedback, false);
  }
}

/** `Run 1, answer 2` in bold, its date and mode beside it in grey. */
function writeAttemptHeading(doc: PDFKit.PDFDocument, heading: string, facts: string): void {
  const left = doc.page.margins.left;
  doc.fontSize(PDF_SIZES.body);
  // Keep the heading with the first lines of what was answered.
  keepSpace(doc, doc.currentLineHeight(true) * 6);
  doc.moveDown(0.5);
  doc
    .font(PDF_FONT_BOLD)
    .fillColor(PDF_COLORS.accent)
    .text(`${cleanPdfText(heading)}   `, left, doc.y, { width: contentWidth(doc), continued: true });
  doc.font(PDF_FONT_REGULAR).fontSize(PDF_SIZES.small).fillColor(PDF_COLORS.muted).text(cleanPdfText(facts));
  doc.moveDown(0.2);
}

function writeLabel(doc: PDFKit.PDFDocument, label: string): void {
  doc.font(PDF_FONT_BOLD).fontSize(PDF_SIZES.body).fillColor(PDF_COLORS.text);
  keepSpace(doc, doc.currentLineHeight(true) * 3);
  doc.moveDown(0.2);
  doc.text(`${label}:`, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.1);
}

/**
 * The candidate's answer, as given, indented with a bar at its left, paragraph by paragraph. A
 * paragraph that runs onto the next page keeps its indent but gets no bar, which would have to be
 * drawn on two pages.
 */
function writeQuote(doc: PDFKit.PDFDocument, text: string): void {
  const left = doc.page.margins.left + QUOTE_INDENT;
  const width = contentWidth(doc) - QUOTE_INDENT;
  const paragraphs = cleanPdfText(text)
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim().length > 0);
  doc.font(PDF_FONT_REGULAR).fontSize(PDF_SIZES.body);
  for (const paragraph of paragraphs) {
    keepSpace(doc, doc.currentLineHeight(true) * 2);
    const top = doc.y;
    const height = doc.heightOfString(paragraph, { width, lineGap: 1.5 });
    if (top + height <= doc.page.height - doc.page.margins.bottom)
      doc.rect(doc.page.margins.left + 2, top, QUOTE_BAR_WIDTH, height).fill(PDF_COLORS.rule);
    doc.fillColor(PDF_COLORS.text).text(paragraph, left, top, { width, lineGap: 1.5 });
    doc.moveDown(0.4);
  }
}
