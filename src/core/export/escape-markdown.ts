// Characters that open links, images, HTML, code or emphasis anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<]/g;
// `#` opens a heading at a line start and closes one at its end when it follows a space.
const HASH_AFTER_SPACE = /(^|\s)#/g;
// Block markers a line may start with: lists, quotes, setext underlines, thematic breaks, fences.
const LEADING_MARKER = /^[-+=~>]/;
const LEADING_ORDERED_MARKER = /^(\d{1,9})([.)])/;

/**
 * Makes one line of model text safe to place anywhere in Markdown (a heading, a list item, a
 * paragraph): line breaks become spaces, and every character that could start a link, an image,
 * raw HTML, code, emphasis or a block (heading, list, quote) is backslash-escaped, so the text
 * renders exactly as written and cannot inject markup.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/**
 * Escapes multi-line model text for a Markdown paragraph block, keeping its line breaks
 * (as hard breaks) and blank-line paragraph breaks.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line.replace(/\s+/g, ' ').trim()))
        .filter((line) => line.length > 0)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIAL, '\\$&').replace(HASH_AFTER_SPACE, '$1\\#');
  if (LEADING_MARKER.test(escaped)) return `\\${escaped}`;
  return escaped.replace(LEADING_ORDERED_MARKER, '$1\\$2');
}
