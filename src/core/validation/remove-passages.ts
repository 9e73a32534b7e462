import { sanitizeJobDescription } from './sanitize-job-description.js';

/**
 * The paste without the passages the injection check refused (`passages` of a prompt_injection
 * error, taken from the cleaned text). Each is cut from the paste as the user wrote it when it is
 * there word for word; otherwise (the paste was HTML, or the passage spanned markup) from the
 * cleaned text, which then replaces the paste. With no passages (active markup, a hidden
 * comment: what cleaning removes) the cleaned text replaces the paste. Blank lines left behind are tidied.
 */
export function removePassages(paste: string, passages: readonly string[]): string {
  const wanted = passages.filter((passage) => passage.trim() !== '');
  if (wanted.length === 0) return sanitizeJobDescription(paste);
  const fromPaste = cutAll(paste, wanted);
  return tidy(fromPaste ?? cutAll(sanitizeJobDescription(paste), wanted) ?? sanitizeJobDescription(paste));
}

/** The text with every passage cut out, or null if one of them is not in it. */
function cutAll(text: string, passages: readonly string[]): string | null {
  let result = text;
  for (const passage of passages) {
    const index = result.indexOf(passage);
    if (index === -1) return null;
    result = result.slice(0, index) + result.slice(index + passage.length);
  }
  return result;
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
