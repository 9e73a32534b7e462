import {
  buildStudySheet,
  POSTING_NOTES_HEADING,
  type StudySheetBlock,
  type StudySheetSection,
} from '../core/export/build-study-sheet.js';
import type { Session } from '../core/schemas/session.js';
import { terminalText } from './terminal-text.js';

const INDENT = '   ';

function renderBlock(block: StudySheetBlock, indent: string): string[] {
  if (block.kind === 'paragraph')
    return terminalText(block.text)
      .split('\n')
      .map((text) => `${indent}${text}`);
  return block.items.map((item, index) => {
    const marker = block.ordered ? `${index + 1}.` : '-';
    const label = item.label ? `${terminalText(item.label, { singleLine: true })}: ` : '';
    return `${indent}${marker} ${label}${terminalText(item.text, { singleLine: true })}`;
  });
}

function renderSection(section: StudySheetSection, indent: string): string[] {
  return [
    '',
    `${indent}${terminalText(section.heading, { singleLine: true })}`,
    ...section.blocks.flatMap((block) => renderBlock(block, indent + '  ')),
  ];
}

/**
 * A saved session as plain text for a terminal: the same study sheet as the Markdown and PDF
 * exports (header, numbered questions with their sections, closing notes), without markup.
 */
export function renderSessionText(session: Session): string {
  const sheet = buildStudySheet(session);
  const title = terminalText(sheet.title, { singleLine: true });
  const lines: string[] = [title, '='.repeat(Math.min(title.length, 80))];
  for (const item of sheet.metadata) lines.push(`${item.label}: ${terminalText(item.text, { singleLine: true })}`);
  lines.push(`Session: ${session.id}`);
  if (sheet.notice) lines.push('', terminalText(sheet.notice, { singleLine: true }));
  if (sheet.postingNotes.length > 0) {
    lines.push('', `${POSTING_NOTES_HEADING}:`);
    for (const note of sheet.postingNotes) lines.push(`  ! ${terminalText(note, { singleLine: true })}`);
  }
  for (const section of sheet.intro) lines.push(...renderSection(section, ''));
  if (sheet.questions.length === 0) lines.push('', 'No questions were generated.');
  for (const question of sheet.questions) {
    lines.push('', `${question.number}. ${terminalText(question.text, { singleLine: true })}`);
    lines.push(`${INDENT}${terminalText(question.facts, { singleLine: true })}`);
    for (const detail of question.details) {
      const label = detail.label ? `${terminalText(detail.label, { singleLine: true })}: ` : '';
      lines.push(`${INDENT}${label}${terminalText(detail.text, { singleLine: true })}`);
    }
    for (const section of question.sections) lines.push(...renderSection(section, INDENT));
  }
  for (const section of sheet.closing) lines.push(...renderSection(section, ''));
  return `${lines.join('\n')}\n`;
}
