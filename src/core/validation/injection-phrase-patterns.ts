/**
 * Phrase patterns for prompt-injection attempts, matched against the normalised copy of the
 * cleaned job description (lowercase Latin, no accents, no invisible characters). In a source
 * below a space stands for any short run of spaces, punctuation or line breaks between two words.
 *
 * Each pattern is anchored on wording that addresses the model ("previous instructions", "your
 * system prompt", "you are now ..."), never on a single word: "ignore", "system", "override",
 * "instructions", "you are an experienced engineer" and "act as a key member of the team" all
 * occur in real postings and must pass.
 */
const WORD = '\\p{L}\\p{N}';
const SEPARATOR = `[^${WORD}]{1,12}`;
const START = `(?<![${WORD}])`;
const END = `(?![${WORD}])`;
/** What may follow "... the above" for it to be an order rather than "the above salary". */
const CLAUSE_END = `(?=[\\x20\\t]*(?:[.!?;:)\\n"'”]|$)|[\\x20\\t,]+(?:and|then|now|instead|from|please|just|only|you|write|say|print|output|tell|reveal|answer|respond|reply|give)${END})`;

const IGNORE =
  '(?:ignore|disregard|forget|overlook|bypass|discard|dismiss|abandon|skip|erase|neglect|set aside|throw out|pay no attention to|stop following|do not follow|don t follow|dont follow|never mind|nevermind)';
const QUANTIFIER = '(?:all|any|every|each|the|these|those|that|this|your|my|our|its|of|everything)';
const EARLIER = '(?:previous|previously given|prior|preceding|above|earlier|foregoing|aforementioned|original|initial)';
const ORDERS =
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|commands|context|constraints|guidance|programming|guardrails|restrictions|filters|orders|text|input|conversation)';
const MODEL_ORDERS = '(?:instructions?|prompts?|programming|guardrails|directives)';
const REVEAL = '(?:print|reveal|leak|dump|disclose|divulge|recite|repeat|regurgitate|spell out|output|echo|expose)';
/** Verbs that also have everyday uses ("show the system instructions to new operators"). */
const SHOW = '(?:show|display|copy|write out|type out|print out|show me|tell me|give me|send me)';
const SECRET = '(?:system|developer|hidden|secret|confidential|initial|original|pre|meta)';
const AI =
  '(?:ai|a i|llm|llms|large language model|language models?|chatbots?|chat bot|chatgpt|gpt|ai assistants?|ai models?|ai systems?|ai agents?|ai tools?|ai screeners?|bots?|models?|assistants?|automated (?:systems?|screeners?|tools?|parsers?))';

export type PhrasePattern = { id: string; source: string };

/** Patterns matched on the normalised copy (words separated by spaces and punctuation). */
export const PHRASE_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'ignore_previous_instructions',
    source: `${START}${IGNORE} (?:${QUANTIFIER} ){0,3}${EARLIER} (?:${QUANTIFIER} )?(?:[${WORD}]+ )?${ORDERS}${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}override (?:(?:all|any|the|your) ){0,2}(?:previous|prior|above|earlier|preceding) (?:instructions?|prompts?|rules|directions|directives|guidelines|commands)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}${IGNORE} (?:all|every|each|your)(?: of)?(?: the| your| my)? (?:${MODEL_ORDERS}|system prompt|rules you)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}${IGNORE} (?:${QUANTIFIER} ){0,3}(?:system|developer) (?:prompts?|instructions?|directives|message)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}(?:ignoriere|ignorieren sie|ignoriert|vergiss|vergessen sie|vergesst|missachte|missachten sie) (?:(?:alle|alles|die|den|das|deine|ihre|meine|bisherigen|vorherigen|obigen|vorigen|vorangegangenen|vorhergehenden|fruheren|oben genannten|was|zuvor|davor|bisher|gesagt|wurde) ){0,4}(?:anweisungen|anweisung|befehle|regeln|instruktionen|anordnungen|vorgaben|davor|zuvor|bisher|oben)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte) (?:(?:de|des|d|toutes|tous|les|tes|vos|mes|ces) ){0,3}(?:instructions|consignes|regles|directives|indications|ordres) (?:precedentes|precedents|anterieures|ci dessus|initiales|donnees)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}(?:oublie|oubliez|ignore|ignorez) tout ce qui (?:precede|a ete dit)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|haz caso omiso de|hagan caso omiso de) (?:(?:todas|todos|las|los|tus|sus|mis|de|esas|estas) ){0,3}(?:instrucciones|instruccion|indicaciones|reglas|ordenes|directrices) (?:anteriores|previas|de arriba|precedentes|iniciales|dadas)${END}`,
  },
  {
    id: 'ignore_previous_instructions',
    source: `${START}(?:olvida|olvide|ignora|ignore) todo lo (?:anterior|dicho)${END}`,
  },
  {
    id: 'previous_instructions_void',
    source: `${START}(?:(?:all|the|any|your) ){0,2}(?:previous|prior|preceding|above|earlier|original|initial) (?:instructions?|prompts?|directives|commands) (?:(?:are|is|were|have|has|been|should|must|shall|will|be|now|hereby) ){0,3}(?:void|null|cancelled|canceled|revoked|obsolete|invalid|overridden|overruled|superseded|ignored|disregarded|deleted|erased|lifted|suspended|no longer (?:valid|apply|applies|relevant|in effect|active))${END}`,
  },
  {
    id: 'disregard_above',
    source: `${START}(?:ignore|disregard|forget|erase|delete) (?:(?:all|everything|anything|of|the|what|whatever|that|which|is|was|has|been|have|you|i|we|were|told|said|written|stated|given|here|text|content|words|instructions) ){0,5}?(?:above|before|before that|before this|so far|until now|thus far|up to now|up to this point|prior to this|previously)${END}${CLAUSE_END}`,
  },
  {
    id: 'you_are_now',
    source: `${START}you(?: are| re|re|r| will be) now (?:a|an|my|no longer|free|unrestricted|unfiltered|uncensored|jailbroken|acting|operating|going to|called|named|known as|playing|dan|evil|programmed|[${WORD}]*gpt)${END}`,
  },
  {
    id: 'you_are_now',
    source: `${START}you will now (?:act|behave|respond|answer|pretend|roleplay|role play|play the role|ignore|only)${END}`,
  },
  {
    id: 'you_are_now',
    source: `${START}you(?: are| re|re) no longer (?:bound|restricted|limited|constrained|required to follow|an? ${AI}|chatgpt|gpt)${END}`,
  },
  {
    id: 'you_are_now',
    source: `${START}from now on (?:you (?:will |must |shall |should |can |are to )?(?:only )?)?(?:respond|reply|answer|act|behave|speak|talk|pretend|ignore|refuse|comply|always|never|only|output|be (?:a|an|my|dan)|are (?:a|an|my|dan|free|no longer|unrestricted))${END}`,
  },
  {
    id: 'system_you_are',
    source: `${START}system[\\x20\\t]*[:>\\]]+[\\x20\\t]*you(?: are| re|re| will| must| should| shall)${END}`,
  },
  {
    id: 'new_instructions',
    source: `${START}(?:new|real|actual|true|secret|hidden|revised|override|system|admin|developer) (?:instructions?|directives?|prompt|system prompt)[\\x20\\t]*(?::|-+|=+|>)`,
  },
  {
    id: 'new_instructions',
    source: `${START}(?:follow|obey|execute) (?:these|the following|my|only my|only these) (?:new )?instructions (?:instead|now|only)${END}`,
  },
  {
    id: 'new_instructions',
    source: `${START}(?:these|the following|my|new) instructions (?:override|replace|supersede|take precedence over|have priority over)${END}`,
  },
  {
    id: 'act_as_and_ignore',
    source: `${START}(?:act|behave|operate|function|respond|roleplay|role play|pose) (?:as|like) [^\\n]{1,80}? (?:ignore|disregard|forget|bypass|override|drop|abandon) (?:(?:all|any|every|your|the|of|previous|prior|above|earlier|safety|content|ethical|moral|openai|usual|normal|standard|default|existing) ){0,3}(?:rules|instructions|guidelines|policies|restrictions|filters|limitations|guardrails|constraints|prompt|programming|ethics|morals|safeguards|censorship)${END}`,
  },
  {
    id: 'act_as_and_ignore',
    source: `${START}act as if you (?:have|had) no (?:rules|restrictions|limits|limitations|guidelines|filters|instructions)${END}`,
  },
  {
    id: 'act_as_and_ignore',
    source: `${START}(?:act|behave) as (?:an? )?(?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue) ${AI}${END}`,
  },
  {
    id: 'pretend_to_be',
    source: `${START}pretend (?:that )?(?:you are|you re|youre|to be) (?:an? )?(?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue|dan|not an? ai|no longer|free from|(?:ai|assistant|model|chatbot) (?:with no|without))${END}`,
  },
  {
    id: 'jailbreak_mode',
    source: `${START}(?:(?:dan|god|jailbreak|jailbroken|unrestricted|evil|chaos) mode|do anything now)${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}${REVEAL} (?:me |us )?(?:(?:all|the|your|my|its|of|full|entire|complete|exact|original|initial|first|whole|current|verbatim|above) ){0,4}${SECRET} ?(?:prompts?|instructions?|directives|message)${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}${SHOW} (?:me |us )?(?:(?:all|the|your|my|its|of|full|entire|complete|exact|original|initial|first|whole|current|verbatim|above) ){0,4}(?:(?:system|developer|initial|original) ?(?:prompts?|message)|(?:hidden|secret|confidential) (?:prompts?|instructions?|directives|message))${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}(?:${REVEAL}|${SHOW}) (?:me |us )?(?:(?:all|of|the) ){0,2}your (?:(?:full|entire|complete|exact|original|initial|first|hidden|secret|system|current|verbatim) ){0,2}(?:prompt|instructions|rules|directives|guidelines|programming|system message|configuration)${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}what (?:is|are|was|were|s) your (?:(?:full|exact|original|initial|hidden|secret|system|current|first) ){0,2}(?:prompt|instructions|rules|directives)${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}what (?:is|are|was|were|s) the (?:system|hidden|secret|initial|original|developer) (?:prompt|instructions)${END}`,
  },
  {
    id: 'reveal_system_prompt',
    source: `${START}repeat (?:(?:all|the|every|each) ){0,2}(?:(?:words|text|lines|everything|content|sentences|characters|tokens) )?(?:above|before this|preceding|from the (?:start|beginning))${END}(?=[\\x20\\t]*,|${CLAUSE_END})`,
  },
  {
    id: 'addressed_to_ai',
    source: `${START}(?:if|when|since|as) you(?: are| re|re) (?:an? |the )?${AI}(?=[\\x20\\t]*(?:[.;:!?\\n]|$)|[\\x20\\t,]+(?:reading|processing|parsing|analy[sz]ing|summari[sz]ing|screening|reviewing|evaluating|scanning|generating|tasked|asked|instructed|being used|please|ignore|disregard|forget|you must|you should|you will|do not|don t|include|mention|add|write|respond|reply|answer|output)${END})`,
  },
  {
    id: 'addressed_to_ai',
    source: `${START}(?:dear|hey|hello|hi|attention|note to|message to|instructions? (?:for|to)|psa to|notice to) (?:the |any |all )?${AI}(?=[\\x20\\t]*(?:[,:;.!\\n—–-]|$))`,
  },
  { id: 'addressed_to_ai', source: `${START}as an ai (?:language )?model(?=[\\x20\\t]*[,.;:!?\\n]|$)` },
  {
    id: 'task_hijack',
    source: `${START}instead of (?:generating|writing|creating|producing|outputting|returning) (?:(?:the|any|these|those|your) )?(?:interview questions|questions|json|output|response)${END}`,
  },
  {
    id: 'task_hijack',
    source: `${START}(?:do not|don t|dont|never) (?:generate|produce|output|return|write|create) (?:any |the )?interview questions${END}`,
  },
  {
    id: 'task_hijack',
    source: `${START}(?:say|print|output|write|respond with|reply with|answer with|return|type) (?:only )?(?:the (?:word|phrase|text) )?(?:i have been |i ve been |ive been )?(?:pwned|hacked|jailbroken)${END}`,
  },
];

/** Patterns matched line by line: fake chat-role markers and chat-template tokens. */
export const MARKER_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'role_marker',
    source: `^[\\x20\\t>*•#-]*(?:system|developer|sys|admin)(?: message| prompt)?[\\x20\\t]*[:>\\]][\\x20\\t]*(?:you|your|ignore|disregard|forget|override|new (?:instructions?|rules|task|role|persona)|from now on|respond|reply|answer|output|print|reveal|repeat|always|never|do not|don t|dont|stop|the (?:assistant|model|ai|user)|as an? (?:ai|assistant|language model)|act|pretend|i am|reset|enable|jailbreak|developer mode|instructions?|prompt|begin|end of)${END}`,
  },
  {
    id: 'role_marker',
    source: `^[\\x20\\t>*•-]*(?:assistant|ai|chatgpt|gpt|model|bot)[\\x20\\t]*:[\\x20\\t]*(?:sure|certainly|of course|okay|ok|understood|i will|i ll|i can|i cannot|i can t|here is|here s|as an ai|absolutely|yes i)${END}`,
  },
  {
    id: 'role_marker',
    source: `^[\\x20\\t>*•-]*[\\[<({][\\x20\\t]*(?:system|sys|assistant|developer|instructions?|system prompt|system message)[\\x20\\t]*[\\]>)}]`,
  },
  {
    id: 'role_marker',
    source: `<[\\x20\\t]*\\/?[\\x20\\t]*(?:system|system_prompt|system prompt|instructions|sys|developer)[\\x20\\t]*>`,
  },
  {
    id: 'role_marker',
    source: `^#{2,6}[\\x20\\t]*(?:instruction|system|system prompt|response|input|new instructions?)[\\x20\\t]*(?::.*)?$`,
  },
  {
    id: 'chat_template_token',
    source: `<[\\x20\\t]*\\|[\\x20\\t]*[a-z_\\x20-]{2,40}[\\x20\\t]*\\|[\\x20\\t]*>|\\[[\\x20\\t]*\\/?[\\x20\\t]*inst[\\x20\\t]*\\]|<<[\\x20\\t]*\\/?[\\x20\\t]*sys[\\x20\\t]*>>|<[\\x20\\t]*\\/?[\\x20\\t]*(?:start|end)_of_turn[\\x20\\t]*>|(?<![a-z])im_(?:start|end|sep)(?![a-z])`,
  },
];

/** Patterns matched on the letters-only copy, for words spelt out with gaps ("i g n o r e"). */
export const SQUASHED_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'ignore_previous_instructions',
    source:
      '(?:ignore|disregard|forget|bypass)(?:all|any|the|your|of|every){0,3}(?:previous|prior|preceding|above|earlier)(?:instructions?|prompts?|rules|directions|directives|guidelines)',
  },
  {
    id: 'reveal_system_prompt',
    source:
      '(?:reveal|print|leak|dump|repeat|disclose)(?:me)?(?:your|the)?(?:system|hidden|secret|initial)(?:prompt|instructions)',
  },
];

/**
 * Compiles a pattern source: each space becomes {@link SEPARATOR}, and each "i" or "l" also
 * accepts a "1", which leetspeak uses for both ("1gn0re", "ru1es"). The sources put no "i" or
 * "l" inside a character class, so the rewrite is safe.
 */
export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(
    source.replaceAll(' ', SEPARATOR).replace(/[il]/g, (letter) => `[${letter}1]`),
    flags,
  );
}
