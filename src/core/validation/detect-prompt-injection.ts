import { decodeHtmlEntities } from './decode-html-entities.js';
import { MARKUP_PATTERNS } from './injection-markup-patterns.js';
import {
  compilePattern,
  MARKER_PATTERNS,
  PHRASE_PATTERNS,
  SQUASHED_PATTERNS,
  type PhrasePattern,
} from './injection-phrase-patterns.js';
import { revealTagCharacters, stripInvisibleCharacters } from './invisible-characters.js';
import { normalizeForDetection, sourceSpan, type DetectionViewOptions } from './normalize-for-detection.js';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** What the detector found: a stable pattern id and the offending text, as the user wrote it. */
export type InjectionFinding = {
  /** Stable id of the pattern family, e.g. `ignore_previous_instructions`, `script_tag`. */
  pattern: string;
  /** The matched text, shortened, for quoting back to the user. */
  excerpt: string;
};

type CompiledPattern = { id: string; regex: RegExp };

const MAX_EXCERPT_CHARS = 80;
const ENTITY_DECODING_ROUNDS = 3;

const compile = (patterns: readonly PhrasePattern[], flags: string): CompiledPattern[] =>
  patterns.map((pattern) => ({ id: pattern.id, regex: compilePattern(pattern.source, flags) }));

const MARKUP = MARKUP_PATTERNS.map((pattern) => ({ id: pattern.id, regex: new RegExp(pattern.source, 'u') }));
const PHRASES = [...compile(PHRASE_PATTERNS, 'u'), ...compile(MARKER_PATTERNS, 'mu')];
const SQUASHED = compile(SQUASHED_PATTERNS, 'u');

/**
 * Looks for a prompt-injection attempt in a pasted job description and returns the first one
 * found, or null. Pass the raw paste: active markup (`<script>`, `javascript:` links,
 * `data:text/html`) is looked for in it before cleaning removes the tags; instructions aimed at
 * the model are looked for in the cleaned text, normalised so that case, odd spacing and
 * punctuation, look-alike letters, fullwidth forms, invisible characters and light leetspeak
 * ("1gn0re") do not hide them.
 */
export function detectPromptInjection(text: string): InjectionFinding | null {
  return findActiveMarkup(text) ?? findInstructions(sanitizeJobDescription(revealTagCharacters(text)));
}

function findActiveMarkup(raw: string): InjectionFinding | null {
  // Invisible characters go first so that they cannot hide an entity ("&l\u200Bt;script").
  let decoded = stripInvisibleCharacters(raw);
  for (let round = 0; round < ENTITY_DECODING_ROUNDS; round += 1)
    decoded = decodeHtmlEntities(decoded, { ignoreCase: true });
  return findInView(decoded, MARKUP, {});
}

function findInstructions(cleaned: string): InjectionFinding | null {
  return (
    findInView(cleaned, PHRASES, { leet: true }) ?? findInView(cleaned, SQUASHED, { leet: true, lettersOnly: true })
  );
}

function findInView(
  source: string,
  patterns: CompiledPattern[],
  options: DetectionViewOptions,
): InjectionFinding | null {
  const view = normalizeForDetection(source, options);
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    const match = pattern.regex.exec(view.text);
    if (!match) continue;
    const span = sourceSpan(view, match.index, match.index + Math.max(match[0].length, 1));
    return { pattern: pattern.id, excerpt: toExcerpt(source, span.start, span.end) };
  }
  return null;
}

/** The matched text, widened to whole words and shortened, on one line. */
function toExcerpt(source: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && from > start - 20 && /[\p{L}\p{N}]/u.test(source[from - 1] ?? '')) from -= 1;
  while (to < source.length && to < end + 30 && /[^\s]/u.test(source[to] ?? '')) to += 1;
  const excerpt = [...stripInvisibleCharacters(source.slice(from, to)).replace(/\s+/g, ' ').trim()];
  return excerpt.length > MAX_EXCERPT_CHARS ? `${excerpt.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…` : excerpt.join('');
}
