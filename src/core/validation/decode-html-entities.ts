/** The named entities that job boards and rich-text editors actually emit. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", AMP: '&', LT: '<', GT: '>', QUOT: '"', nbsp: '\u00A0', shy: '\u00AD',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwsp: '\u200B', zwj: '\u200D', zwnj: '\u200C',
  lrm: '\u200E', rlm: '\u200F',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼',
  frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', prime: '′', Prime: '″', larr: '←', rarr: '→',
  check: '✓', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  colon: ':', semi: ';', comma: ',', period: '.', excl: '!', quest: '?', num: '#', dollar: '$',
  percnt: '%', commat: '@', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}',
  sol: '/', bsol: '\\', verbar: '|', vert: '|', lowbar: '_', equals: '=', plus: '+', ast: '*',
  grave: '`', Hat: '^', Tab: '\t', NewLine: '\n',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ',
  ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í',
  icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý',
  yuml: 'ÿ', szlig: 'ß', oelig: 'œ',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ',
  Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í',
  Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý',
  OElig: 'Œ',
};

/** Numeric references 0x80..0x9F mean Windows-1252 characters, as browsers read them. */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ',
  0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“',
  0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›',
  0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Matches a complete entity reference; text like "R&D" or "AT&T;" never matches a known one. */
export const ENTITY_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** The same names in lowercase, for the detector: "&lT;sCrIpT&Gt;" must not slip through. */
const NAMED_ENTITIES_ANY_CASE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NAMED_ENTITIES).map(([name, value]) => [name.toLowerCase(), value]),
);

/**
 * Decodes one level of HTML character references (`&amp;` → `&`, `&#233;` → `é`). Unknown names
 * are left as they are. Names are case-sensitive, as in browsers, unless `ignoreCase` is set.
 */
export function decodeHtmlEntities(text: string, options: { ignoreCase?: boolean } = {}): string {
  const names = options.ignoreCase === true ? NAMED_ENTITIES_ANY_CASE : NAMED_ENTITIES;
  return text.replace(ENTITY_REFERENCE, (reference, rawName: string) => {
    const name = options.ignoreCase === true ? rawName.toLowerCase() : rawName;
    if (!name.startsWith('#')) return Object.hasOwn(names, name) ? (names[name] ?? reference) : reference;
    const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return decodeCodePoint(codePoint);
  });
}

function decodeCodePoint(codePoint: number): string {
  const windows1252 = WINDOWS_1252[codePoint];
  if (windows1252 !== undefined) return windows1252;
  const invalid = codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff);
  return invalid ? '\uFFFD' : String.fromCodePoint(codePoint);
}
