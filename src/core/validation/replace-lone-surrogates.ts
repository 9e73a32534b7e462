const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces each lone UTF-16 surrogate (half of an emoji cut in two, or crafted) with U+FFFD, the
 * replacement character, as a UTF-8 encoder would: text sent to the model, stored or exported is
 * then always well-formed Unicode.
 */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
