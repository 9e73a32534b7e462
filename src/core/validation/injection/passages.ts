/** A part of a text, by UTF-16 offsets: [start, end). */
export type TextSpan = { start: number; end: number };

/** Longer sentences are cut in pieces of about this size, so that one long line is not one unit. */
const MAX_SENTENCE_CHARS = 400;
const SENTENCE_END = /[.!?。！？]+["'”’)\]]*(?=\s)|[。！？]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Cuts a text into sentences: at line breaks, after sentence-ending punctuation followed by a
 * space, and in pieces of at most about 400 characters (at a space where there is one). Spans
 * without a letter or digit are dropped; each span is trimmed.
 */
export function splitIntoSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    splitLine(text, lineStart, lineEnd, sentences);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

function splitLine(text: string, start: number, end: number, into: TextSpan[]): void {
  const line = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(line); match; match = SENTENCE_END.exec(line)) {
    const to = match.index + match[0].length;
    addPieces(text, start + from, start + to, into);
    from = to;
  }
  addPieces(text, start + from, end, into);
}

function addPieces(text: string, start: number, end: number, into: TextSpan[]): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    let cut = space > from + MAX_SENTENCE_CHARS / 2 ? space : from + MAX_SENTENCE_CHARS;
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut += 1;
    addTrimmed(text, from, cut, into);
    from = cut;
  }
  addTrimmed(text, from, end, into);
}

function addTrimmed(text: string, start: number, end: number, into: TextSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from && HAS_WORD.test(text.slice(from, to))) into.push({ start: from, end: to });
}
