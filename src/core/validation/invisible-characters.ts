/**
 * Characters that render as nothing (or reorder text) yet can split a word so that a filter no
 * longer sees it: zero-width spaces and joiners, bidi controls, soft hyphens, fillers, variation
 * selectors and the Unicode "tag" block used to smuggle hidden ASCII.
 */
const INVISIBLE_CLASS =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0D\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u
    .source;
const ALWAYS_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');

/** C0 and C1 controls except tab and line feed (carriage returns are turned into line feeds first). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A variation selector is kept only where it picks an emoji's presentation (❤️, 1️⃣). */
const STRAY_VARIATION_SELECTOR = /(?<!\p{Extended_Pictographic}|[#*0-9])[\uFE0E\uFE0F]/gu;

/** A zero-width joiner is kept only inside an emoji sequence (👩‍💻). */
const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

const TAG_CHARACTER = /[\u{E0020}-\u{E007E}]/gu;

/** Turns every line break convention (CRLF, CR, NEL, LS, PS, form feed, vertical tab) into `\n`. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029\f\v]/g, '\n');
}

/**
 * Removes control characters (keeping `\n` and `\t`) and invisible characters, keeping only the
 * joiners and variation selectors that hold an emoji together.
 */
export function stripInvisibleCharacters(text: string): string {
  return normalizeLineBreaks(text)
    .replace(ALWAYS_INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(STRAY_VARIATION_SELECTOR, '')
    .replace(STRAY_JOINER, '');
}

const IGNORABLE = new RegExp(
  `^(?:${INVISIBLE_CLASS}|[\\u200D\\uFE0E\\uFE0F\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F])$`,
  'u',
);

/** True for a character the detector skips entirely (any invisible or control character but `\n`, `\t`). */
export function isIgnorableForDetection(character: string): boolean {
  return IGNORABLE.test(character);
}

/**
 * Unicode tag characters (U+E0020..U+E007E) mirror printable ASCII and are invisible: attackers
 * hide whole instructions in them. The detector reads them as the ASCII they encode.
 */
export function revealTagCharacters(text: string): string {
  return text.replace(TAG_CHARACTER, (character) =>
    String.fromCodePoint((character.codePointAt(0) ?? 0xe0020) - 0xe0000),
  );
}
