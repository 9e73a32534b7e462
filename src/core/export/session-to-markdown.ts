import type { Session } from '../schemas/session.js';
import {
  buildStudySheet,
  type StudySheetBlock,
  type StudySheetListItem,
  type StudySheetSection,
} from './build-study-sheet.js';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape-markdown.js';

/**
 * A saved session as a Markdown study sheet: title and settings, each question with its case,
 * what is evaluated, the answer framework, hints, follow-ups and red flags, then the
 * recommendations, strategy, job analysis and cost. All model text is escaped, so it renders
 * as plain text and cannot inject links, images or HTML.
 */
export function sessionToMarkdown(session: Session): string {
  const sheet = buildStudySheet(session);
  const parts: string[] = [`# ${escapeMarkdownInline(sheet.title)}`, renderList(sheet.metadata, false)];
  if (sheet.notice) parts.push(`> **${escapeMarkdownInline(sheet.notice)}**`);

  if (sheet.questions.length === 0) parts.push('*No questions were generated.*');
  for (const question of sheet.questions) {
    parts.push(`## ${question.number}. ${escapeMarkdownInline(question.text)}`);
    parts.push(`*${escapeMarkdownInline(question.facts)}*`);
    for (const section of question.sections) parts.push(renderSection(section, '###'));
  }

  parts.push('---');
  for (const section of sheet.closing) parts.push(renderSection(section, '##'));
  return `${parts.join('\n\n')}\n`;
}

function renderSection(section: StudySheetSection, headingPrefix: string): string {
  return [`${headingPrefix} ${escapeMarkdownInline(section.heading)}`, ...section.blocks.map(renderBlock)].join('\n\n');
}

function renderBlock(block: StudySheetBlock): string {
  return block.kind === 'paragraph' ? escapeMarkdownBlock(block.text) : renderList(block.items, block.ordered);
}

function renderList(items: readonly StudySheetListItem[], ordered: boolean): string {
  return items
    .map((item, index) => {
      const marker = ordered ? `${index + 1}.` : '-';
      const label = item.label ? `**${escapeMarkdownInline(item.label)}:** ` : '';
      return `${marker} ${label}${escapeMarkdownInline(item.text)}`;
    })
    .join('\n');
}
