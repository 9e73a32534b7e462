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

const RULES: readonly RegExp[] = [
  new RegExp(`\\b(?:ignore|disregard|forget|override|bypass|scrap|discard|dismiss|abandon) ${QUANTIFIERS}${ORDERS}\\b`),
  new RegExp(
    `^(?:system|assistant|developer|ai|llm|chatgpt|gpt) (?:you|ignore|new|now|from|override|reveal|print|output|respond|reply|answer)\\b`,
  ),
  // Addressed to the model itself; "a note to AI tools that help candidates" is advice steering,
  // which passes to the model and is flagged in the posting notes.
  new RegExp(
    `\\b(?:note|message|instructions?|reminder|attention|notice) (?:to|for) (?:the |any |all |every )?${MODEL}\\b`,
  ),
  new RegExp(
    `\\b(?:dear|hey|hello|hi) ${AI} (?:please|you|ignore|reply|respond|write|say|print|output|do not|dont)\\b`,
  ),
  /\byou are (?:now|no longer) (?:an?|the|my|in|free|unrestricted|unfiltered|dan)\b/,
  /^(?:new|updated|revised|real|actual|true) (?:instructions?|task|rules|orders|directive|objective)\b/,
  /\b(?:repeat|print|reveal|output|show|display|recite|dump|leak|disclose) (?:the |your |all |me |back |everything )*(?:text|words|instructions|prompt|message|messages|rules|conversation) (?:above|before|so far|you were given|verbatim)\b/,
  /\b(?:reveal|print|output|repeat|disclose|leak|tell me) (?:me )?(?:your |the )?(?:system|initial|original|hidden|secret|developer) (?:prompt|instructions?|message|rules)\b/,
  /\b(?:say|print|output|reply|respond|answer|write)(?: with)? (?:only |just |exactly )?(?:access granted|i have been pwned|i have been hacked|pwned)\b/,
  /\b(?:respond|reply|answer|output) (?:only|just|solely) (?:with|by saying|in)\b/,
  /\b(?:developer|god|jailbreak|unrestricted|dan) mode (?:enabled|activated|is (?:now )?(?:on|enabled|active))\b|\bmode on$/,
];

/** Whether a folded sentence holds one of the well-known orders. */
export function matchesOrderRule(foldedSentence: string): boolean {
  return RULES.some((rule) => rule.test(foldedSentence));
}
