import { decodeHtmlEntities, ENTITY_REFERENCE } from './decode-html-entities.js';
import { stripInvisibleCharacters } from './invisible-characters.js';
import { replaceLoneSurrogates } from './replace-lone-surrogates.js';
import { stripHtmlTags } from './strip-html-tags.js';

/** Enough for double-encoded pastes (`&amp;lt;b&amp;gt;`); deeper nesting is neutralised instead. */
const MAX_CLEANING_PASSES = 8;

const HORIZONTAL_SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Cleans a pasted job description into plain text: one line-break convention, no HTML markup
 * (text kept, entities decoded), no control or invisible characters, single spaces, at most one
 * blank line in a row, trimmed. Ordinary text such as "C++", "R&D", "salary < 100k and > 80k",
 * e-mail addresses and URLs is kept as it is. Lone surrogates become U+FFFD, last, as stripping an
 * invisible character may join the two halves of a pair. Idempotent: cleaning clean text changes nothing.
 */
export function sanitizeJobDescription(raw: string): string {
  return tidyWhitespace(replaceLoneSurrogates(cleanToFixedPoint(raw)));
}

/**
 * Decoding an entity can reveal a tag (`&lt;b&gt;`) or a control character (`&#1;`), and stripping
 * a tag can reveal an entity, so the cleaning pass repeats until nothing changes.
 */
function cleanToFixedPoint(raw: string): string {
  let text = raw;
  for (let pass = 0; pass < MAX_CLEANING_PASSES; pass += 1) {
    const next = cleanOnce(text);
    if (next === text) return text;
    text = next;
  }
  return neutraliseMarkup(stripInvisibleCharacters(text).normalize('NFC'));
}

function cleanOnce(text: string): string {
  return decodeHtmlEntities(stripHtmlTags(stripInvisibleCharacters(text.normalize('NFC'))));
}

/**
 * Last resort for deliberately nested markup: defuse every remaining tag opener and entity with
 * look-alike characters so that a further pass finds nothing left to decode or strip.
 */
function neutraliseMarkup(text: string): string {
  return text
    .replace(/<(?=[/!a-zA-Z]|\s*\/?\s*script)/gi, '‹')
    .replace(ENTITY_REFERENCE, (reference) => `＆${reference.slice(1)}`);
}

function tidyWhitespace(text: string): string {
  return text
    .replace(HORIZONTAL_SPACE_RUN, (run) => (run.includes('\t') ? '\t' : ' '))
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^-\n+(?=[^\s-])/gm, '- ')
    .trim();
}
