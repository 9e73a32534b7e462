import PDFDocument from 'pdfkit';
import { buildStudySheet, POSTING_NOTES_HEADING, type StudySheetSection } from '../../core/export/build-study-sheet.js';
import type { Session } from '../../core/schemas/session.js';
import { containsCjk, loadPdfFonts } from './load-pdf-fonts.js';
import { writePracticeAttempts } from './write-practice-attempts.js';
import {
  PDF_FONT_BOLD,
  PDF_FONT_REGULAR,
  PDF_MARGINS,
  writeDetails,
  writeHeading,
  writeList,
  writeMetadata,
  writeNotice,
  writePageFooters,
  writeParagraph,
  writeQuestionHeading,
  writeRule,
  writeTitle,
} from './pdf-layout.js';

/**
 * A saved session as a printable A4 study sheet (PDF): the same sections as the Markdown export
 * (the practice attempts under their questions, the preparation plan with boxes to tick, no
 * candidate profile), set in DejaVu Sans so
 * accented, Greek and Cyrillic text prints (or in an installed CJK font when the session has
 * Chinese, Japanese or Korean text), with page numbers.
 */
export async function renderSessionPdf(session: Session): Promise<Buffer> {
  const sheet = buildStudySheet(session);
  const fonts = loadPdfFonts({ cjk: containsCjk(JSON.stringify(sheet)) });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PDF_MARGINS },
    bufferPages: true,
    displayTitle: true,
    info: { Title: sheet.title, Subject: 'Interview study sheet', Creator: 'interview-prep' },
  });
  const done = collect(doc);
  doc.registerFont(PDF_FONT_REGULAR, fonts.regular.source, fonts.regular.family);
  doc.registerFont(PDF_FONT_BOLD, fonts.bold.source, fonts.bold.family);

  writeTitle(doc, sheet.title);
  writeMetadata(doc, sheet.metadata);
  if (sheet.notice) writeNotice(doc, sheet.notice);
  if (sheet.postingNotes.length > 0) writeNotice(doc, `${POSTING_NOTES_HEADING}:`, sheet.postingNotes, 'caution');
  for (const section of sheet.intro) writeSection(doc, section, 'closing');
  if (sheet.intro.length > 0) writeRule(doc);
  if (sheet.questions.length === 0) writeParagraph(doc, 'No questions were generated.');
  sheet.questions.forEach((question, index) => {
    if (index > 0) writeRule(doc);
    writeQuestionHeading(doc, question.number, question.text, question.facts);
    writeDetails(doc, question.details);
    for (const section of question.sections) writeSection(doc, section, 'section');
    writePracticeAttempts(doc, question.practice);
  });
  writeRule(doc);
  for (const section of sheet.closing) writeSection(doc, section, 'closing');

  writePageFooters(doc, sheet.title);
  doc.end();
  return done;
}

function writeSection(doc: PDFKit.PDFDocument, section: StudySheetSection, level: 'section' | 'closing'): void {
  writeHeading(doc, section.heading, level);
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') writeParagraph(doc, block.text);
    else writeList(doc, block.items, block.ordered, block.checklist ?? false);
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
