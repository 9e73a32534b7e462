import { splitIntoSentences, type TextSpan } from './passages.js';

/**
 * Special tokens of chat formats (ChatML, Llama, Gemma, Mistral...). They have no place in a job
 * posting: their only use there is to fake a conversation turn.
 */
const CHAT_TEMPLATE_MARKER =
  /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:start_of_turn|end_of_turn)>/giu;

/** From the sentence each marker starts in to the end of its line: the passage to remove. */
export function findChatTemplateMarkers(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const sentences = splitIntoSentences(text);
  for (const match of text.matchAll(CHAT_TEMPLATE_MARKER)) {
    const sentence = sentences.find((span) => span.end > match.index);
    const newline = text.indexOf('\n', match.index);
    const span = {
      start: Math.min(sentence?.start ?? match.index, match.index),
      end: newline === -1 ? text.length : newline,
    };
    const previous = spans.at(-1);
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else spans.push(span);
  }
  return spans;
}

/** Letters spelled out one by one: "i g n o r e   a l l". Cleaning would squeeze the wide gaps between words. */
const SPELLED_OUT =
  /(?:(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{Cf}\uFE00-\uFE0F]*[ \t\u00A0][ \t\u00A0\p{Cf}\uFE00-\uFE0F]*){5,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/** Runs of spelled-out letters in the raw paste, as the user typed them, with where each starts. */
export function findSpelledOutRuns(raw: string): { start: number; text: string }[] {
  if (!hasSixOneCharacterWordsInARow(raw)) return [];
  return [...raw.matchAll(SPELLED_OUT)].map((match) => ({ start: match.index, text: match[0] }));
}

/** A cheap first look (the full pattern is slow on every posting): six one-character words in a row. */
function hasSixOneCharacterWordsInARow(text: string): boolean {
  let run = 0;
  let wordLength = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (code === 32 || code === 9 || code === 0xa0) {
      if (wordLength > 0) run = wordLength === 1 ? run + 1 : 0;
      if (run >= 6) return true;
      wordLength = 0;
    } else if ((code < 0xdc00 || code > 0xdfff) && !isInvisibleFormat(text, index, code)) wordLength += 1; // the second half of a pair adds nothing
  }
  return false;
}

/** What SPELLED_OUT lets sit beside a letter unseen: format characters and variation selectors. */
const INVISIBLE_BESIDE_A_LETTER = /^[\p{Cf}\uFE00-\uFE0F]$/u;

/** The pre-check's view of SPELLED_OUT's invisible characters (only non-ASCII ones can be). */
function isInvisibleFormat(text: string, index: number, code: number): boolean {
  return code > 0x7f && INVISIBLE_BESIDE_A_LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

export type EncodedPassage = TextSpan & { decoded: string };

const BASE64_RUN = /[A-Za-z0-9+/]{24,}={0,2}/g;
/** Sixteen bytes or more in hexadecimal, optionally separated by spaces or colons. */
const HEX_RUN = /[0-9a-fA-F]{2}(?:[ :]?[0-9a-fA-F]{2}){15,}/g;
/** Most of a decoded run must be printable ASCII words for it to be text rather than an id or a hash. */
const MIN_TEXT_SHARE = 0.9;
const MIN_SPACES = 3;

/**
 * Runs of base64 or hexadecimal that decode to readable text ("aWdub3JlIGFsbC..."), with that
 * text, for the classifier to read. Tokens, hashes and ids decode to noise and are left alone.
 */
export function findEncodedPassages(text: string): EncodedPassage[] {
  // The patterns are slow on every posting; most have no run long enough to hold an order.
  if (!hasLongEncodedRun(text)) return [];
  const passages: EncodedPassage[] = [];
  for (const match of text.matchAll(BASE64_RUN)) addIfText(passages, match, decodeBase64Text(match[0]));
  for (const match of text.matchAll(HEX_RUN)) addIfText(passages, match, decodeHexText(match[0]));
  return passages.sort((a, b) => a.start - b.start);
}

const MIN_BASE64_RUN = 24;
/** Sixteen bytes written "69 67 6e ..." or "69:67:6e...". */
const MIN_SPACED_HEX_RUN = 47;

/** Bit 1: a base64 character; bit 2: a hexadecimal digit or a separator of spaced hex. */
const ENCODED_CLASS = new Uint8Array(128);
for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
  ENCODED_CLASS[character.charCodeAt(0)] = 1;
for (const character of '0123456789abcdefABCDEF: ')
  ENCODED_CLASS[character.charCodeAt(0)] = (ENCODED_CLASS[character.charCodeAt(0)] ?? 0) | 2;

/** One pass: a run of base64, or of spaced hexadecimal, long enough to hold an order. */
function hasLongEncodedRun(text: string): boolean {
  let base64Run = 0;
  let hexRun = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? (ENCODED_CLASS[code] ?? 0) : 0;
    base64Run = kind & 1 ? base64Run + 1 : 0;
    hexRun = kind & 2 ? hexRun + 1 : 0;
    if (base64Run >= MIN_BASE64_RUN || hexRun >= MIN_SPACED_HEX_RUN) return true;
  }
  return false;
}

function addIfText(into: EncodedPassage[], match: RegExpExecArray | RegExpMatchArray, decoded: string | null): void {
  if (decoded === null || !looksLikeText(decoded)) return;
  const start = match.index ?? 0;
  into.push({ start, end: start + match[0].length, decoded });
}

function looksLikeText(decoded: string): boolean {
  let printable = 0;
  let spaces = 0;
  for (let index = 0; index < decoded.length; index += 1) {
    const code = decoded.charCodeAt(index);
    if ((code >= 32 && code < 127) || code === 10) printable += 1;
    if (code === 32) spaces += 1;
  }
  return printable >= decoded.length * MIN_TEXT_SHARE && spaces >= MIN_SPACES;
}

function decodeBase64Text(run: string): string | null {
  const digits = run.replace(/=+$/, '');
  try {
    return atob(digits.length % 4 === 1 ? digits.slice(0, -1) : digits);
  } catch {
    return null;
  }
}

function decodeHexText(run: string): string | null {
  const digits = run.replace(/[ :]/g, '');
  let decoded = '';
  for (let index = 0; index + 1 < digits.length; index += 2)
    decoded += String.fromCharCode(Number.parseInt(digits.slice(index, index + 2), 16));
  return decoded;
}
