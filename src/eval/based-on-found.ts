/** Quotation marks and apostrophes a model may straighten or curl when it copies a phrase. */
const QUOTE_VARIANTS = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTE_VARIANTS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_VARIANTS = /[\u2010-\u2015\u2212]/g;
/** What a model may put around a copied phrase: quotes, an ellipsis, closing punctuation. */
const WRAPPING = /^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g;

/** Text as compared for a quote: NFKC, lower case, one space for any run of whitespace, one kind of quote and dash. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_VARIANTS, "'")
    .replace(DOUBLE_QUOTE_VARIANTS, '"')
    .replace(DASH_VARIANTS, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when a question's `basedOn` phrase appears in the posting, once both are normalised (see
 * normaliseForQuote) and the quotes, ellipsis or full stop around the phrase are dropped. An empty
 * phrase is never found.
 */
export function isFoundInPosting(basedOn: string, posting: string): boolean {
  const phrase = normaliseForQuote(basedOn).replace(WRAPPING, '');
  if (phrase === '') return false;
  return normaliseForQuote(posting).includes(phrase);
}

/** How many of the phrases are found in the posting. */
export function countFoundInPosting(basedOnPhrases: readonly string[], posting: string): number {
  return basedOnPhrases.filter((phrase) => isFoundInPosting(phrase, posting)).length;
}
