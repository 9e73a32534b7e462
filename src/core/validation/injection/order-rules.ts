/**
 * Hand-written rules for the commonest orders to an AI, matched on a sentence's folded words
 * joined by single spaces (lowercase, no punctuation: see foldWords). Each is anchored on wording
 * that addresses the model, never on one word: "ignore the noise", "system: SAP", "note to
 * agencies", "you are now able to apply" and "repeat the above steps" all pass. They back the
 * classifier up on the attacks everyone knows; the classifier carries the rest.
 */
const QUANTIFIERS =
  '(?:(?:all|any|every|the|these|those|your|my|of|previous|prior|above|earlier|preceding|original|initial|system|developer|safety|old|current|existing) )*';
const ORDERS =
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails|commands|programming|constraints|restrictions|filters|policies)';
const AI =
  '(?:ai|llm|llms|model|models|language model|assistant|assistants|chatbot|bot|gpt|chatgpt|ai assistant|ai tools?|ai model)';

/** The model itself, not the AI tools a candidate may use. */
const MODEL = '(?:llm|llms|model|language model|chatbot|gpt|chatgpt|assistant|ai assistant|ai model)';

/**
 * Each rule with the words a sentence needs for the rule to match (any one of them; with
 * `firstWord`, as its first word): most sentences have none, and skip the regular expressions.
 */
type OrderRule = { pattern: RegExp; needs: string; firstWord?: true };

const RULES: readonly OrderRule[] = [
  {
    pattern: new RegExp(
      `\\b(?:ignore|disregard|forget|override|bypass|scrap|discard|dismiss|abandon) ${QUANTIFIERS}${ORDERS}\\b`,
    ),
    needs: 'ignore disregard forget override bypass scrap discard dismiss abandon',
  },
  {
    pattern: new RegExp(
      `^(?:system|assistant|developer|ai|llm|chatgpt|gpt) (?:you|ignore|new|now|from|override|reveal|print|output|respond|reply|answer)\\b`,
    ),
    needs: 'system assistant developer ai llm chatgpt gpt',
    firstWord: true,
  },
  // Addressed to the model itself; "a note to AI tools that help candidates" is advice steering,
  // which passes to the model and is flagged in the posting notes.
  {
    pattern: new RegExp(
      `\\b(?:note|message|instructions?|reminder|attention|notice) (?:to|for) (?:the |any |all |every )?${MODEL}\\b`,
    ),
    needs: 'llm llms model chatbot gpt chatgpt assistant',
  },
  {
    pattern: new RegExp(
      `\\b(?:dear|hey|hello|hi) ${AI} (?:please|you|ignore|reply|respond|write|say|print|output|do not|dont)\\b`,
    ),
    needs: 'dear hey hello hi',
  },
  { pattern: /\byou are (?:now|no longer) (?:an?|the|my|in|free|unrestricted|unfiltered|dan)\b/, needs: 'now no' },
  {
    pattern: /^(?:new|updated|revised|real|actual|true) (?:instructions?|task|rules|orders|directive|objective)\b/,
    needs: 'new updated revised real actual true',
    firstWord: true,
  },
  {
    pattern:
      /\b(?:repeat|print|reveal|output|show|display|recite|dump|leak|disclose) (?:the |your |all |me |back |everything )*(?:text|words|instructions|prompt|message|messages|rules|conversation) (?:above|before|so far|you were given|verbatim)\b/,
    needs: 'above before so given verbatim',
  },
  {
    pattern:
      /\b(?:reveal|print|output|repeat|disclose|leak|tell me) (?:me )?(?:your |the )?(?:system|initial|original|hidden|secret|developer) (?:prompt|instructions?|message|rules)\b/,
    needs: 'system initial original hidden secret developer',
  },
  {
    pattern:
      /\b(?:say|print|output|reply|respond|answer|write)(?: with)? (?:only |just |exactly )?(?:access granted|i have been pwned|i have been hacked|pwned)\b/,
    needs: 'access pwned hacked',
  },
  {
    pattern: /\b(?:respond|reply|answer|output) (?:only|just|solely) (?:with|by saying|in)\b/,
    needs: 'only just solely',
  },
  {
    pattern:
      /\b(?:developer|god|jailbreak|unrestricted|dan) mode (?:enabled|activated|is (?:now )?(?:on|enabled|active))\b|\bmode on$/,
    needs: 'mode',
  },
];

/** For each word, the rules (bits) it is a needed word of. */
const RULES_NEEDING = new Map<string, number>();
const RULES_NEEDING_FIRST = new Map<string, number>();
RULES.forEach((rule, index) => {
  const into = rule.firstWord ? RULES_NEEDING_FIRST : RULES_NEEDING;
  for (const word of rule.needs.split(' ')) into.set(word, (into.get(word) ?? 0) | (1 << index));
});

/** Whether a sentence's folded words (see foldWords) hold one of the well-known orders. */
export function matchesOrderRule(words: readonly string[]): boolean {
  let candidates = RULES_NEEDING_FIRST.get(words[0] ?? '') ?? 0;
  for (const word of words) candidates |= RULES_NEEDING.get(word) ?? 0;
  if (candidates === 0) return false;
  const sentence = words.join(' ');
  return RULES.some((rule, index) => (candidates & (1 << index)) !== 0 && rule.pattern.test(sentence));
}
