/** A pattern with a stable id, compiled where it is used. */
export type MarkupPattern = { id: string; source: string };

/** "javascript" with the tabs and line breaks browsers ignore inside a URL scheme. */
const JAVASCRIPT_SCHEME = [...'javascript'].join('[\\t\\n\\r]*') + '[\\t\\n\\r]*:';

/**
 * Active-content patterns, matched against the raw paste (entities decoded, invisible characters
 * dropped, lowercased) because cleaning removes the markup they look for.
 *
 * "javascript:" alone is not enough: postings write "JavaScript: React, Node.js (Express)". It
 * counts when it is a link target or is followed directly by code.
 */
export const MARKUP_PATTERNS: readonly MarkupPattern[] = [
  { id: 'script_tag', source: '(?:<|%3c)\\s*\\/?\\s*script(?=[\\s>/]|$)' },
  {
    id: 'javascript_url',
    source: `(?:(?:href|src|action|formaction|xlink:href|url)\\s*[=(]\\s*["'\`]?\\s*|\\]\\(\\s*|["'\`<])${JAVASCRIPT_SCHEME}`,
  },
  {
    id: 'javascript_url',
    source: `${JAVASCRIPT_SCHEME}(?:\\/\\/|%[0-9a-f]{2}|\\(|\\[|['"\`]|[a-z_$][\\w$.]*(?:\\(|=|\`))`,
  },
  {
    id: 'data_html_url',
    source:
      'data\\s*:\\s*(?:text\\/html|text\\/javascript|application\\/(?:x-)?javascript|application\\/xhtml\\+xml|image\\/svg\\+xml)',
  },
  { id: 'html_event_handler', source: '<[a-z][a-z0-9]*\\s[^<>]{0,200}?(?<![a-z0-9_-])on[a-z]{3,30}\\s*=' },
];
