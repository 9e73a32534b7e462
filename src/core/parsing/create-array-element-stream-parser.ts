/** Incremental parser that hands over each element of a streamed JSON reply's top-level array. */
export type ArrayElementStreamParser = {
  /**
   * Feeds the next piece of the reply. Returns the elements of the top-level array that became
   * complete with this piece, each parsed with JSON.parse; an element that does not parse is
   * skipped (the final whole-document validation reports it).
   */
  push(chunk: string): unknown[];
  /** Everything pushed so far, unchanged. */
  text(): string;
};

export type ArrayElementStreamParserOptions = {
  /** Key of the top-level array whose elements are emitted. Default 'questions'. */
  arrayKey?: string;
};

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Depth inside the top-level object, and inside the watched array. */
const OBJECT_DEPTH = 1;
const ARRAY_DEPTH = 2;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Creates a parser for a model reply streamed in arbitrary pieces. It scans only the new characters
 * of each piece (string/escape state and nesting depth), finds the array key at the top level of the
 * first JSON object whatever the key order, and parses each element once its closing character
 * arrives, so the total cost is linear in the reply length. Text before the first `{` (a markdown
 * fence, prose) is skipped; anything after the top-level object closes is ignored.
 */
export function createArrayElementStreamParser(
  options: ArrayElementStreamParserOptions = {},
): ArrayElementStreamParser {
  const arrayKey = options.arrayKey ?? 'questions';
  let content = '';
  let started = false;
  let finished = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Key tracking at the top level of the object.
  let expectingKey = false;
  let keyText: string | null = null;
  let lastKey: string | null = null;
  let valueIsWatchedArray = false;
  let inWatchedArray = false;
  // The element being collected: text from earlier chunks plus its start within the current one.
  let elementText: string | null = null;
  let elementStart = 0;
  let elementIsPrimitive = false;

  // Declared once, not per chunk: a closure per chunk measurably slows the scan (5,000+ chunks a reply).
  function finishElement(chunk: string, endExclusive: number, emitted: unknown[]): void {
    const value = parseOrUndefined((elementText ?? '') + chunk.slice(elementStart, endExclusive));
    elementText = null;
    elementIsPrimitive = false;
    if (value !== undefined) emitted.push(value);
  }

  function startElement(index: number, primitive: boolean): void {
    elementText = '';
    elementStart = index;
    elementIsPrimitive = primitive;
  }

  function scan(chunk: string): unknown[] {
    const emitted: unknown[] = [];
    let keyStart = 0;

    for (let index = 0; index < chunk.length && !finished; index += 1) {
      const code = chunk.charCodeAt(index);
      if (!started) {
        if (code !== OPEN_BRACE) continue;
        started = true;
        depth = OBJECT_DEPTH;
        expectingKey = true;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (keyText !== null) {
            keyText += chunk.slice(keyStart, index + 1);
            lastKey = parseOrUndefined(keyText) as string | null;
            keyText = null;
          } else if (inWatchedArray && depth === ARRAY_DEPTH) {
            finishElement(chunk, index + 1, emitted);
          }
        }
        continue;
      }
      if (isWhitespace(code)) continue;

      if (depth === OBJECT_DEPTH) {
        if (code === QUOTE) {
          inString = true;
          if (expectingKey) {
            keyText = '';
            keyStart = index;
            expectingKey = false;
          }
          continue;
        }
        if (code === COLON) {
          valueIsWatchedArray = lastKey === arrayKey;
          continue;
        }
        if (code === COMMA) {
          expectingKey = true;
          continue;
        }
        if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          depth -= 1;
          finished = depth === 0;
          continue;
        }
        if (code === OPEN_BRACKET && valueIsWatchedArray) inWatchedArray = true;
        valueIsWatchedArray = false;
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        continue;
      }

      if (inWatchedArray && depth === ARRAY_DEPTH) {
        if (code === COMMA || code === CLOSE_BRACKET) {
          if (elementText !== null && elementIsPrimitive) finishElement(chunk, index, emitted);
          if (code === CLOSE_BRACKET) {
            depth -= 1;
            inWatchedArray = false;
          }
          continue;
        }
        if (elementText === null) {
          startElement(index, code !== OPEN_BRACE && code !== OPEN_BRACKET && code !== QUOTE);
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        continue;
      }

      if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth -= 1;
        if (inWatchedArray && depth === ARRAY_DEPTH && elementText !== null) finishElement(chunk, index + 1, emitted);
      }
    }

    // Carry unfinished pieces over to the next chunk.
    if (keyText !== null) keyText += chunk.slice(keyStart);
    if (elementText !== null) {
      elementText += chunk.slice(elementStart);
      elementStart = 0;
    }
    return emitted;
  }

  return {
    push(chunk: string): unknown[] {
      content += chunk;
      if (finished || chunk.length === 0) return [];
      return scan(chunk);
    },
    text(): string {
      return content;
    },
  };
}
