/** The rule that the questions suit the posting's own profession, whatever it is. */
export const PROFESSION_RULE = [
  "Any profession: read the posting to identify the occupation, its sector and the level it hires at, and write as someone who hires for that occupation. Use that profession's own vocabulary, procedures, standards, tools and settings; never bring in the vocabulary or exercises of another profession (no office or IT framing for a ward, a kitchen, a classroom or a site).",
  "If the posting hires at a clearly different level than the candidate's (for example it asks for many more years of experience), keep the candidate's level for the questions and say so in the strategy.",
].join('\n');

/** The rules that tie every question to the posting, shared by every technique. */
export const GROUNDING_RULE = [
  'Grounding rules:',
  '- Must-haves first: the essential duties and the required qualifications, skills and experience come before the nice-to-haves ("preferred", "desirable", "a plus"), which come only if the count allows.',
  '- One competency per question; no two questions probe the same competency, skill or situation.',
  '- basedOn quotes the words of the posting each question comes from, so the candidate sees why it is asked.',
  "- When the posting names its own competencies, behaviours or values (for example the UK Civil Service Success Profiles behaviours, a hospital's values, a company's values), use those exact names in category and evaluates, and cover as many of them as the count allows before adding your own.",
  "- When the posting states its interview stages (for example a take-home task, a trial shift, a presentation, a taught lesson, a panel), fit the questions to those stages, set each question's stage to the one it prepares for, and prepare the candidate for each stage in the preparation plan.",
].join('\n');
