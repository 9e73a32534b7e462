/**
 * A filler word or phrase, as a regular-expression source matched as whole words, case-insensitively.
 * `label` is how it is reported. Lists are conservative: a word that is also an ordinary word
 * ("like", "kind of") counts only in the patterns where it is clearly a filler.
 */
export type Filler = { label: string; pattern: string };

const SPACE = '\\s+';
/** Not after an article or determiner: "a kind of drug" is not a filler, "it was kind of hard" is. */
const NOT_AFTER_DETERMINER = `(?<!(?<![\\p{L}\\p{N}])(?:a|an|the|this|that|these|those|what|which|any|some|every|one|no|same|of)${SPACE})`;

const ENGLISH: Filler[] = [
  { label: 'um', pattern: 'u+h*m+' },
  { label: 'uh', pattern: 'u+h+' },
  { label: 'er', pattern: 'e+r+m*' },
  // "like" only right before a comma ("it was, like, fine" / "like, we tried"): elsewhere it is a verb or preposition.
  { label: 'like', pattern: 'like(?=\\s*,)' },
  { label: 'you know', pattern: `you${SPACE}know(?=\\s*[,.;!?]|\\s*$)` },
  { label: 'I mean', pattern: `i${SPACE}mean(?=\\s*,)` },
  { label: 'sort of', pattern: `${NOT_AFTER_DETERMINER}sort${SPACE}of` },
  { label: 'kind of', pattern: `${NOT_AFTER_DETERMINER}kind${SPACE}of` },
  { label: 'basically', pattern: 'basically' },
];

const GERMAN: Filler[] = [
  { label: 'äh', pattern: 'ä+h+' },
  { label: 'ähm', pattern: 'ä+h*m+' },
  { label: 'öhm', pattern: 'ö+h*m+' },
  { label: 'sozusagen', pattern: 'sozusagen' },
  { label: 'quasi', pattern: 'quasi' },
  { label: 'irgendwie', pattern: 'irgendwie' },
  { label: 'na ja', pattern: `na${SPACE}?ja` },
  { label: 'weißt du', pattern: `wei(?:ß|ss)t${SPACE}du(?=\\s*[,.;!?]|\\s*$)` },
];

const FRENCH: Filler[] = [
  { label: 'euh', pattern: 'eu+h+' },
  { label: 'bah', pattern: 'bah' },
  { label: 'du coup', pattern: `du${SPACE}coup` },
  { label: 'en fait', pattern: `en${SPACE}fait` },
  { label: 'tu vois', pattern: `tu${SPACE}vois(?=\\s*[,.;!?]|\\s*$)` },
  { label: 'genre', pattern: 'genre(?=\\s*,)' },
];

const SPANISH: Filler[] = [
  { label: 'eh', pattern: 'e+h+' },
  { label: 'em', pattern: 'e+m+' },
  { label: 'o sea', pattern: `o${SPACE}sea` },
  { label: 'pues', pattern: 'pues(?=\\s*,)' },
  { label: 'digamos', pattern: 'digamos' },
  { label: 'en plan', pattern: `en${SPACE}plan(?=\\s*,)` },
  { label: '¿sabes?', pattern: '¿?sabes\\?' },
];

const ITALIAN: Filler[] = [
  { label: 'eh', pattern: 'e+h+' },
  { label: 'ehm', pattern: 'e+h+m+' },
  { label: 'cioè', pattern: 'cioè' },
  { label: 'diciamo', pattern: 'diciamo' },
  { label: 'praticamente', pattern: 'praticamente' },
  { label: 'insomma', pattern: 'insomma' },
  { label: 'tipo', pattern: 'tipo(?=\\s*,)' },
];

const DUTCH: Filler[] = [
  { label: 'eh', pattern: 'e+h+' },
  { label: 'ehm', pattern: 'e+h+m+' },
  { label: 'uhm', pattern: 'u+h*m+' },
  { label: 'zeg maar', pattern: `zeg${SPACE}maar` },
  { label: 'weet je', pattern: `weet${SPACE}je(?=\\s*[,.;!?]|\\s*$)` },
  { label: 'nou', pattern: 'nou(?=\\s*,)' },
];

const PORTUGUESE: Filler[] = [
  { label: 'hum', pattern: 'hu+m+' },
  { label: 'né', pattern: 'né' },
  { label: 'tipo', pattern: 'tipo(?=\\s*,)' },
  { label: 'quer dizer', pattern: `quer${SPACE}dizer(?=\\s*,)` },
  { label: 'pois é', pattern: `pois${SPACE}é` },
  { label: 'sabe?', pattern: 'sabe\\?' },
];

/** Words in a language's name (as a user may type it, in English or in the language) and its list. */
const LANGUAGES: { names: RegExp; fillers: Filler[] }[] = [
  { names: /\b(?:german|deutsch)\b/iu, fillers: GERMAN },
  { names: /(?:french|fran[cç]ais)/iu, fillers: FRENCH },
  { names: /(?:spanish|espa[nñ]ol|castellano)/iu, fillers: SPANISH },
  { names: /(?:italian|italiano)/iu, fillers: ITALIAN },
  { names: /(?:dutch|nederlands|flemish|vlaams)/iu, fillers: DUTCH },
  { names: /(?:portuguese|portugu[eê]s)/iu, fillers: PORTUGUESE },
];

/** The filler list for a session's language; English for English and for any language without a list. */
export function fillersFor(language: string): Filler[] {
  return LANGUAGES.find((entry) => entry.names.test(language))?.fillers ?? ENGLISH;
}
