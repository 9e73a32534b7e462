const FENCE_PATTERN = /```[a-zA-Z]*[^\S\n]*\n?([\s\S]*?)```/g;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The text from `start` (a `{`) to its matching `}`, skipping braces inside strings; null if unclosed. */
function balancedObjectFrom(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') depth += 1;
    else if (character === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, index + 1);
    }
  }
  return null;
}

/**
 * Parses a complete model reply tolerantly: plain JSON; else the first ```json fenced block that
 * parses; else the outermost `{...}` inside surrounding prose. Returns undefined when nothing parses.
 */
export function extractJsonDocument(text: string): unknown | undefined {
  const whole = tryParse(text.trim());
  if (whole !== undefined) return whole;

  for (const match of text.matchAll(FENCE_PATTERN)) {
    const fenced = tryParse((match[1] ?? '').trim());
    if (fenced !== undefined) return fenced;
  }

  const first = text.indexOf('{');
  if (first === -1) return undefined;
  const last = text.lastIndexOf('}');
  if (last > first) {
    const outermost = tryParse(text.slice(first, last + 1));
    if (outermost !== undefined) return outermost;
  }
  // Prose around the object may itself contain braces: try each top-level balanced `{...}` in turn.
  // An unclosed one (a truncated reply) ends the search, so its inner objects are never returned.
  let start = first;
  while (start !== -1) {
    const balanced = balancedObjectFrom(text, start);
    if (balanced === null) return undefined;
    const parsed = tryParse(balanced);
    if (parsed !== undefined) return parsed;
    start = text.indexOf('{', start + balanced.length);
  }
  return undefined;
}
