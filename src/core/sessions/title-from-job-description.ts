export const MAX_TITLE_CHARS = 80;
export const UNTITLED = 'Untitled job description';

const LABEL = /^(?:job\s+title|position|role|title|vacancy|job)\s*(?::|\s[-–—]\s)\s*/i;
const COMPANY_LINE = /^(?:company|employer|organi[sz]ation|hiring\s+company)\s*:\s*(.+)$/i;
const GENERIC_HEADING =
  /^(?:job\s+description|job\s+posting|job\s+summary|job\s+details|about\s+(?:the|this)\s+(?:job|role|position|opportunity)|about\s+us|about\s+the\s+company|the\s+role|role\s+overview|position\s+summary|overview|summary|description|we\s*(?:'|’)?re\s+hiring!?)\s*:?$/i;

/**
 * A short title for the history list, from the job description: its first meaningful line
 * (headings such as "About the role" and labels such as "Job title:" skipped), followed by
 * " — Company" when a "Company:" line names it, at most MAX_TITLE_CHARS characters.
 */
export function titleFromJobDescription(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map(cleanLine);
  const role = lines
    .filter((line) => !GENERIC_HEADING.test(line) && !COMPANY_LINE.test(line))
    .map((line) => line.replace(LABEL, ''))
    .find((line) => /\p{L}/u.test(line));
  if (role === undefined) return UNTITLED;
  const company = lines.map((line) => COMPANY_LINE.exec(line)?.[1]?.trim()).find(Boolean);
  const sentence = firstSentence(role);
  const title =
    company && !sentence.toLowerCase().includes(company.toLowerCase()) ? `${sentence} — ${company}` : sentence;
  return truncate(title, MAX_TITLE_CHARS);
}

function cleanLine(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|[*\-•>]\s+|\d+[.)]\s+)+/u, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A long opening paragraph is cut at its first sentence when that sentence fits. */
function firstSentence(line: string): string {
  if ([...line].length <= MAX_TITLE_CHARS) return line;
  const end = line.search(/[.!?](?:\s|$)/u);
  return end > 0 && end < MAX_TITLE_CHARS ? line.slice(0, end) : line;
}

function truncate(text: string, maxChars: number): string {
  const characters = [...text]; // code points, so an emoji or a CJK character is never split
  if (characters.length <= maxChars) return text;
  const cut = characters.slice(0, maxChars - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
