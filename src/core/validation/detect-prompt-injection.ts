import { decodeHtmlEntities } from './decode-html-entities.js';
import {
  decodeModel,
  findInjectedPassages,
  scorePassage,
  type InjectionModel,
} from './injection/injection-classifier.js';
import { INJECTION_MODEL_DATA } from './injection/injection-model-data.js';
import { findChatTemplateMarkers, findEncodedPassages, findSpelledOutRuns } from './injection/structural-signs.js';
import { MARKUP_PATTERNS } from './injection-markup-patterns.js';
import { revealTagCharacters, stripInvisibleCharacters } from './invisible-characters.js';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** A passage of the cleaned text that the detector refuses, by UTF-16 offsets. */
export type InjectionPassage = { start: number; end: number; text: string };

/** What the detector found. */
export type InjectionFinding = {
  /**
   * Why: `instructions_to_the_ai` (the classifier), `chat_template_marker`, `encoded_instructions`,
   * or a kind of active markup (`script_tag`, `javascript_url`, `data_html_url`, `html_event_handler`).
   */
  pattern: string;
  /** The most telling passage, shortened to one line, for quoting back to the user. */
  excerpt: string;
  /**
   * The passages to remove, in order: in the cleaned text (`sanitizeJobDescription` of the
   * paste), or for letters spelled out one by one in the paste itself. Empty for active markup
   * and hidden comments, which cleaning removes.
   */
  passages: InjectionPassage[];
};

export type InjectionDetector = (raw: string, options?: { cleaned?: string }) => InjectionFinding | null;

const MAX_EXCERPT_CHARS = 80;
const ENTITY_DECODING_ROUNDS = 3;
const MARKUP = MARKUP_PATTERNS.map((pattern) => ({ id: pattern.id, regex: new RegExp(pattern.source, 'u') }));

/**
 * Builds a detector for pasted text (a job description, a candidate profile). It looks for active
 * markup in the raw paste (before cleaning removes the tags), then reads the cleaned text
 * sentence by sentence with the trained classifier (text that tries to override the AI's
 * instructions, role or output), chat-template markers, and encoded text whose decoding the
 * classifier refuses. Pass `cleaned` when the caller has already cleaned the paste.
 */
export function createInjectionDetector(model: InjectionModel): InjectionDetector {
  return (raw, options = {}) => {
    const markup = findActiveMarkup(raw) ?? findHiddenComment(model, raw);
    if (markup) return markup;
    const revealed = revealTagCharacters(raw);
    const cleaned =
      revealed === raw && options.cleaned !== undefined ? options.cleaned : sanitizeJobDescription(revealed);
    return findInstructions(model, cleaned) ?? findSpelledOutInstructions(model, raw);
  };
}

const HTML_COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;

/** An HTML comment holding instructions: cleaning drops it, but it was put there to be read by an AI. */
function findHiddenComment(model: InjectionModel, raw: string): InjectionFinding | null {
  if (!raw.includes('<!--')) return null;
  for (const match of raw.matchAll(HTML_COMMENT)) {
    const body = sanitizeJobDescription(match[1] ?? '');
    if (findInjectedPassages(model, body).length > 0)
      return { pattern: 'hidden_comment', excerpt: toExcerpt(body, { start: 0, end: body.length }), passages: [] };
  }
  return null;
}

/** Spelled-out letters are read from the raw paste, where the wide gaps between words still are. */
function findSpelledOutInstructions(model: InjectionModel, raw: string): InjectionFinding | null {
  const runs = findSpelledOutRuns(raw).filter((run) => scorePassage(model, run.text) >= model.threshold);
  if (runs.length === 0) return null;
  const passages = runs.map((run) => ({ start: run.start, end: run.start + run.text.length, text: run.text }));
  return { pattern: 'instructions_to_the_ai', excerpt: toExcerpt(raw, passages[0] as InjectionPassage), passages };
}

let shippedDetector: InjectionDetector | null = null;

/** The detector with the shipped weights (decoded on first use). */
export const detectPromptInjection: InjectionDetector = (raw, options) => {
  shippedDetector ??= createInjectionDetector(decodeModel(INJECTION_MODEL_DATA));
  return shippedDetector(raw, options);
};

function findInstructions(model: InjectionModel, cleaned: string): InjectionFinding | null {
  const markers = findChatTemplateMarkers(cleaned);
  if (markers.length > 0) return finding('chat_template_marker', cleaned, markers);
  const encoded = findEncodedPassages(cleaned).filter(
    (passage) => scorePassage(model, passage.decoded) >= model.threshold,
  );
  if (encoded.length > 0) return finding('encoded_instructions', cleaned, encoded);
  const flagged = findInjectedPassages(model, cleaned);
  if (flagged.length === 0) return null;
  const strongest = flagged.reduce((best, passage) => (passage.score > best.score ? passage : best));
  return { ...finding('instructions_to_the_ai', cleaned, flagged), excerpt: toExcerpt(cleaned, strongest) };
}

function finding(pattern: string, cleaned: string, spans: { start: number; end: number }[]): InjectionFinding {
  const passages = spans.map(({ start, end }) => ({ start, end, text: cleaned.slice(start, end) }));
  return { pattern, excerpt: toExcerpt(cleaned, passages[0] ?? { start: 0, end: 0 }), passages };
}

function findActiveMarkup(raw: string): InjectionFinding | null {
  // Invisible characters go first so that they cannot hide an entity ("&l\u200Bt;script").
  let decoded = stripInvisibleCharacters(raw);
  for (let round = 0; round < ENTITY_DECODING_ROUNDS; round += 1)
    decoded = decodeHtmlEntities(decoded, { ignoreCase: true });
  const lowered = decoded.toLowerCase();
  for (const pattern of MARKUP) {
    const match = pattern.regex.exec(lowered);
    if (match)
      return {
        pattern: pattern.id,
        excerpt: toExcerpt(decoded, { start: match.index, end: match.index + match[0].length }),
        passages: [],
      };
  }
  return null;
}

/** The passage, widened to whole words, shortened, on one line. */
function toExcerpt(source: string, span: { start: number; end: number }): string {
  let from = span.start;
  let to = span.end;
  while (from > 0 && from > span.start - 20 && /[\p{L}\p{N}]/u.test(source[from - 1] ?? '')) from -= 1;
  while (to < source.length && to < span.end + 30 && /[^\s]/u.test(source[to] ?? '')) to += 1;
  const excerpt = [...stripInvisibleCharacters(source.slice(from, to)).replace(/\s+/g, ' ').trim()];
  return excerpt.length > MAX_EXCERPT_CHARS ? `${excerpt.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…` : excerpt.join('');
}
