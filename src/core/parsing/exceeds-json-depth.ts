const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** The characters that change the depth or start a string; everything else is skipped natively. */
const STRUCTURAL = /["[\]{}]/g;

/**
 * True when JSON text nests objects and arrays more than `maxDepth` levels deep, found in one
 * linear scan without parsing (brackets inside strings are skipped). Run before JSON.parse on
 * untrusted text: a body of a million `[` costs JSON.parse most of a second, and anything that
 * later walks the value recursively (JSON.stringify, a logger) overflows the stack. The scan jumps
 * from one structural character to the next and over whole strings with native searches, so 10 MB
 * of an export file take a few milliseconds.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  STRUCTURAL.lastIndex = 0;
  while (STRUCTURAL.test(text)) {
    const index = STRUCTURAL.lastIndex - 1;
    const unit = text.charCodeAt(index);
    if (unit === QUOTE) {
      const end = closingQuote(text, index + 1);
      if (end === -1) return false;
      STRUCTURAL.lastIndex = end + 1;
    } else if (unit === OPEN_BRACE || unit === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else {
      depth -= 1;
    }
  }
  return false;
}

/** The index of the quote that ends a string starting at `from`, or -1 when it never ends. */
function closingQuote(text: string, from: number): number {
  let index = text.indexOf('"', from);
  while (index !== -1 && isEscaped(text, index)) index = text.indexOf('"', index + 1);
  return index;
}

/** True when an odd number of backslashes precede the quote at `index`. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let position = index - 1; position >= 0 && text.charCodeAt(position) === BACKSLASH; position -= 1)
    backslashes += 1;
  return backslashes % 2 === 1;
}
