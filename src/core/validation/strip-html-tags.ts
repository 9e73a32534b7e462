/** Elements rendered as a paragraph of their own: a blank line around them. */
const PARAGRAPH_ELEMENTS = new Set([
  'article',
  'blockquote',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Elements that start a new line when rendered. */
const LINE_ELEMENTS = new Set([
  'address',
  'aside',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'title',
  'tr',
]);

const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'acronym',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'body',
  'button',
  'canvas',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'head',
  'html',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'legend',
  'map',
  'mark',
  'meter',
  'option',
  'optgroup',
  'output',
  'picture',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'select',
  'small',
  'source',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'td',
  'textarea',
  'th',
  'time',
  'track',
  'tt',
  'u',
  'var',
  'video',
  'wbr',
]);

/** Elements that carry active content: removed even from text that is not otherwise HTML. */
const ACTIVE_ELEMENTS = new Set([
  'applet',
  'base',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'script',
  'style',
  'svg',
  'template',
]);

const RAW_TEXT_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const DECLARATION = /<![a-zA-Z[][^<>]*>/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9-]*)?)(?=[\s/>])[^<>]*>/g;
const LINK = /<a\s[^<>]*?href\s*=\s*["']?(https?:\/\/[^"'\s<>]+)["']?[^<>]*>([^<]*(?:<(?!\/a\s*>)[^<]*)*)<\/a\s*>/gi;
const LEFTOVER_SCRIPT_OPENER = /<(?=\s*\/?\s*script)/gi;

/**
 * A paste counts as HTML when it closes an element, has a line break tag or an element with
 * attributes. Plain text that merely mentions `<nav>` or `<5 years>` keeps its angle brackets.
 */
export function looksLikeHtml(text: string): boolean {
  if (/<br\s*\/?>|<!--/i.test(text)) return true;
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:]*)(\s+[a-zA-Z-]+\s*=)?/g)) {
    const isClosing = match[1] === '/';
    const hasAttributes = match[3] !== undefined;
    if ((isClosing || hasAttributes) && isKnownElement(match[2] ?? '')) return true;
  }
  return false;
}

/**
 * Removes HTML markup and keeps the text: block elements become line breaks, list items become
 * "- " lines, script and style elements go with their content. Angle brackets that are not
 * markup ("salary < 100k", "<5 years>") are left alone.
 */
export function stripHtmlTags(text: string): string {
  const isHtml = looksLikeHtml(text);
  const keepLineBreaks = isHtml && !breaksComeFromMarkup(text);
  let result = text.replace(RAW_TEXT_ELEMENT, '\n');
  if (isHtml)
    result = result
      .replace(COMMENT, ' ')
      .replace(DECLARATION, '')
      .replace(/\s+/g, (space) => (keepLineBreaks && space.includes('\n') ? space.replace(/[^\n]+/g, '') : ' '))
      .replace(LINK, (link, url: string, content: string) => (content.includes(url) ? content : `${content} (${url})`));
  result = result.replace(TAG, (tag, slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(name)) return '';
    if (!isHtml || !isKnownElement(name)) return tag;
    // The opening tag already starts the item's line, so the closing one adds nothing.
    if (name === 'li') return slash === '' ? '\n- ' : '';
    if (PARAGRAPH_ELEMENTS.has(name)) return '\n\n';
    if (LINE_ELEMENTS.has(name)) return '\n';
    return name === 'td' || name === 'th' ? ' ' : '';
  });
  return result.replace(LEFTOVER_SCRIPT_OPENER, '');
}

/**
 * In a page's source, line breaks are mere spaces and the markup breaks lines, as a browser
 * shows it. A plain-text paste with a few tags in it keeps its own line breaks instead.
 */
function breaksComeFromMarkup(text: string): boolean {
  const lineBreaks = text.split('\n').length - 1;
  const blockTags =
    text.match(/<\/?(?:p|div|li|ul|ol|br|h[1-6]|tr|table|section|article|header|footer|blockquote)\b/gi)?.length ?? 0;
  return blockTags * 2 >= lineBreaks;
}

function isKnownElement(rawName: string): boolean {
  const name = rawName.toLowerCase();
  return (
    name.includes(':') ||
    PARAGRAPH_ELEMENTS.has(name) ||
    LINE_ELEMENTS.has(name) ||
    INLINE_ELEMENTS.has(name) ||
    ACTIVE_ELEMENTS.has(name)
  );
}
