import type { Session } from '../schemas/session.js';
import {
  buildStudySheet,
  POSTING_NOTES_HEADING,
  type StudySheetBlock,
  type StudySheetListItem,
  type StudySheetSection,
} from './build-study-sheet.js';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape-markdown.js';
import { PRACTICE_HEADING, type StudySheetAttempt } from './study-sheet-practice.js';

/**
 * A saved session as a Markdown study sheet: title and settings, notices (partial session, notes
 * on the posting), the posting analysis, each question with the posting's words it tests, its
 * stage, case, what is evaluated, strong answer signals, the answer framework, hints, follow-ups,
 * red flags and the practice attempts (each answer quoted in full, with its scores and feedback), then the preparation plan as a checklist, strategy, job analysis, totals and
 * cost. All model text is escaped, so it renders as plain text and cannot inject links, images
 * or HTML. The candidate profile is not written (see StudySheet).
 */
export function sessionToMarkdown(session: Session): string {
  const sheet = buildStudySheet(session);
  const parts: string[] = [`# ${escapeMarkdownInline(sheet.title)}`, renderList(sheet.metadata, false)];
  if (sheet.notice) parts.push(`> **${escapeMarkdownInline(sheet.notice)}**`);
  if (sheet.postingNotes.length > 0)
    parts.push(
      [
        `> **${POSTING_NOTES_HEADING}:**`,
        '>',
        ...sheet.postingNotes.map((note) => `> - ${escapeMarkdownInline(note)}`),
      ].join('\n'),
    );
  for (const section of sheet.intro) parts.push(renderSection(section, '##'));

  if (sheet.questions.length === 0) parts.push('*No questions were generated.*');
  for (const question of sheet.questions) {
    parts.push(`## ${question.number}. ${escapeMarkdownInline(question.text)}`);
    parts.push(`*${escapeMarkdownInline(question.facts)}*`);
    for (const detail of question.details) parts.push(renderLabelled(detail));
    for (const section of question.sections) parts.push(renderSection(section, '###'));
    if (question.practice.length > 0) parts.push(`### ${PRACTICE_HEADING}`, ...question.practice.map(renderAttempt));
  }

  parts.push('---');
  for (const section of sheet.closing) parts.push(renderSection(section, '##'));
  return `${parts.join('\n\n')}\n`;
}

function renderSection(section: StudySheetSection, headingPrefix: string): string {
  return [`${headingPrefix} ${escapeMarkdownInline(section.heading)}`, ...section.blocks.map(renderBlock)].join('\n\n');
}

function renderAttempt(attempt: StudySheetAttempt): string {
  const parts = [`#### ${escapeMarkdownInline(attempt.heading)}`, `*${escapeMarkdownInline(attempt.facts)}*`];
  if (attempt.notice) parts.push(`> **${escapeMarkdownInline(attempt.notice)}**`);
  parts.push(renderLabelled(attempt.answered));
  const answer = escapeMarkdownBlock(attempt.answer);
  if (answer) parts.push('**Answer:**', renderQuote(answer));
  parts.push(renderList(attempt.summary, false));
  if (attempt.criteria.length > 0) parts.push('**Scores:**', renderList(attempt.criteria, false));
  if (attempt.feedback.length > 0) parts.push('**Feedback:**', renderList(attempt.feedback, false));
  return parts.join('\n\n');
}

/** Escaped Markdown as a block quote, its hard line breaks and paragraphs kept. */
function renderQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function renderBlock(block: StudySheetBlock): string {
  if (block.kind === 'paragraph') return escapeMarkdownBlock(block.text);
  return renderList(block.items, block.ordered, block.checklist ?? false);
}

/** A list; a checklist's items are task-list items (`- [ ] …`), which GitHub renders as boxes. */
function renderList(items: readonly StudySheetListItem[], ordered: boolean, checklist = false): string {
  return items
    .map((item, index) => {
      const marker = ordered ? `${index + 1}.` : checklist ? '- [ ]' : '-';
      return `${marker} ${renderLabelled(item)}`;
    })
    .join('\n');
}

function renderLabelled(item: StudySheetListItem): string {
  const label = item.label ? `**${escapeMarkdownInline(item.label)}:** ` : '';
  return `${label}${escapeMarkdownInline(item.text)}`;
}
