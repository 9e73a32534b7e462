import { exceedsJsonDepth } from './exceeds-json-depth.js';

/** Deeper than any body the API reads (an import file nests about ten levels). */
export const MAX_JSON_DEPTH = 64;

export const JSON_TOO_DEEP_MESSAGE = `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep; nothing this app sends or exports does.`;
export const INVALID_JSON_MESSAGE = 'The request body is not valid JSON.';

export type JsonBodyParse = { ok: true; value: unknown } | { ok: false; message: string };

// What secure-json-parse (Fastify's JSON parser) looks for before it scans a parsed body.
const SUSPECT_PROTO =
  /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/;
const SUSPECT_CONSTRUCTOR =
  /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;

/**
 * A request body read as the server's JSON body parser reads it, for a body parsed off the event
 * loop (an import file, in a worker thread): refused when it nests deeper than MAX_JSON_DEPTH,
 * is empty or not JSON, or holds a `__proto__` key or a `constructor` with a `prototype`
 * (prototype poisoning), with the messages the parser's refusals get. A BOM is skipped.
 */
export function parseJsonBody(text: string): JsonBodyParse {
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) return { ok: false, message: JSON_TOO_DEEP_MESSAGE };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, message: INVALID_JSON_MESSAGE };
  }
  if (typeof value === 'object' && value !== null && (SUSPECT_PROTO.test(body) || SUSPECT_CONSTRUCTOR.test(body))) {
    if (holdsPrototypeKey(value)) return { ok: false, message: INVALID_JSON_MESSAGE };
  }
  return { ok: true, value };
}

function holdsPrototypeKey(root: object): boolean {
  const pending: object[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Object.hasOwn(node, '__proto__')) return true;
    const constructor: unknown = Object.hasOwn(node, 'constructor')
      ? (node as { constructor: unknown }).constructor
      : null;
    if (typeof constructor === 'object' && constructor !== null && Object.hasOwn(constructor, 'prototype')) return true;
    for (const value of Object.values(node)) {
      if (typeof value === 'object' && value !== null) pending.push(value);
    }
  }
  return false;
}
