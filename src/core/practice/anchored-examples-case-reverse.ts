import type { AnchoredExample } from './anchored-examples.js';

export const CASE_STUDY_EXAMPLES: readonly [AnchoredExample, AnchoredExample] = [
  {
    quality: 'weak',
    role: 'policy officer in a local council',
    level: 'junior',
    question:
      'A rural bus route costs £180,000 a year to subsidise and carries 30,000 passenger journeys. The council must cut £60,000. What do you advise?',
    answer:
      'There are lots of factors here, like the environment, the economy and social inclusion. I would do a PESTLE analysis and consult stakeholders. The subsidy per journey is 180,000 / 30,000 = 8, which is a lot. Maybe we could cut some services, but it depends on what residents think. Buses are important for older people.',
    criteria: [
      {
        criterion: 'clarifies_objective',
        score: 1,
        evidence: [],
        reasoning: 'Never says what success is: the £60,000 saving with the least harm.',
      },
      {
        criterion: 'tailored_structure',
        score: 2,
        evidence: ['I would do a PESTLE analysis and consult stakeholders.'],
        reasoning: 'A generic template, not a breakdown of this route and this saving.',
      },
      {
        criterion: 'correct_arithmetic',
        score: 1,
        evidence: ['180,000 / 30,000 = 8'],
        reasoning: 'The one sum is wrong (it is 6, as checked in code) and the £60,000 target is never used.',
      },
      {
        criterion: 'key_driver',
        score: 1,
        evidence: ['There are lots of factors here'],
        reasoning: 'No driver identified: which journeys or times cost most per passenger.',
      },
      {
        criterion: 'recommendation',
        score: 1,
        evidence: ['Maybe we could cut some services, but it depends on what residents think.'],
        reasoning: 'Hedged to the point of no recommendation.',
      },
      {
        criterion: 'top_down_communication',
        score: 1,
        evidence: [],
        reasoning: 'No conclusion to lead with.',
      },
    ],
  },
  {
    quality: 'strong',
    role: 'restaurant general manager',
    level: 'senior',
    question:
      "Our Sunday lunch sells 120 covers at £28, food cost is 38% and we pay four extra staff for the shift at £150 each. The owner wants to drop Sunday lunch. What's your view?",
    answer:
      "My recommendation is to keep Sunday lunch but fix the food cost, because it makes money today and the gap is in the menu, not the shift. The goal is to know whether the shift adds profit after its own costs. Revenue is 120 x 28 = 3,360 pounds. Food at 38% of 3,360 = 1,276.8, and the extra staff cost 4 x 150 = 600. So the shift contributes 3,360 - 1,276.8 - 600 = 1,483.2 before any share of rent, which we pay anyway. The key driver is the food cost: our other services run at 30%, and 8% of 3,360 = 268.8 a week is lost in the roast portions and waste. I'd re-cost the roast, cut the portion to spec and track waste for four weeks. The risk is guest reaction to smaller portions, so I'd add sides rather than trimming the meat alone. If the food cost does not fall below 33% in a month, I'd look again at the staffing.",
    criteria: [
      {
        criterion: 'clarifies_objective',
        score: 3,
        evidence: ['The goal is to know whether the shift adds profit after its own costs.'],
        reasoning: 'States the decision measure; does not ask about the owner’s other reasons.',
      },
      {
        criterion: 'tailored_structure',
        score: 4,
        evidence: ['before any share of rent, which we pay anyway'],
        reasoning: 'Contribution of this shift against its own costs: built for this decision.',
      },
      {
        criterion: 'correct_arithmetic',
        score: 4,
        evidence: ['120 x 28 = 3,360', '3,360 - 1,276.8 - 600 = 1,483.2'],
        reasoning: 'Every figure used, every sum correct (checked in code), units given.',
      },
      {
        criterion: 'key_driver',
        score: 4,
        evidence: ['The key driver is the food cost: our other services run at 30%'],
        reasoning: 'Finds the driver from the data and quantifies it against a benchmark.',
      },
      {
        criterion: 'recommendation',
        score: 4,
        evidence: ['If the food cost does not fall below 33% in a month'],
        reasoning: 'Actionable, with its risk, a mitigation and what would change the decision.',
      },
      {
        criterion: 'top_down_communication',
        score: 4,
        evidence: ['My recommendation is to keep Sunday lunch but fix the food cost'],
        reasoning: 'Leads with the answer and its reason, then the support.',
      },
    ],
  },
];

export const REVERSE_EXAMPLES: readonly [AnchoredExample, AnchoredExample] = [
  {
    quality: 'weak',
    role: 'secondary school maths teacher',
    level: 'junior',
    question: 'Do you have any questions for us?',
    answer:
      'Yes, what subjects does the school teach? And is there a good atmosphere? Also, how many weeks of holiday do I get?',
    criteria: [
      {
        criterion: 'informed',
        score: 1,
        evidence: ['what subjects does the school teach?'],
        reasoning: 'Asks what the school website and posting already answer.',
      },
      {
        criterion: 'decision_useful',
        score: 2,
        evidence: ['is there a good atmosphere?'],
        reasoning: 'Touches on culture but would only get a stock "yes".',
      },
      {
        criterion: 'open_and_specific',
        score: 1,
        evidence: ['And is there a good atmosphere?'],
        reasoning: 'Yes/no questions, three at once.',
      },
      {
        criterion: 'tact_and_timing',
        score: 1,
        evidence: ['how many weeks of holiday do I get?'],
        reasoning: 'Holidays first, to the head teacher at interview, sounds like the main motive.',
      },
      {
        criterion: 'follow_through',
        score: 1,
        evidence: [],
        reasoning: 'Nothing to probe further: every question invites a one-word answer.',
      },
    ],
  },
  {
    quality: 'strong',
    role: 'community nurse',
    level: 'senior',
    question:
      '(Follow-up) The interviewer answered: "Caseloads vary, we manage." Your question was how caseloads are kept safe.',
    answer:
      "Thank you. The posting mentions the team moved to a new caseload tool last year, so I'm curious about the detail: over the last few months, what was a typical caseload per nurse, and when it went above the safe level, what happened next? I ask because for me the support when things get stretched matters more than the usual number.",
    criteria: [
      {
        criterion: 'informed',
        score: 4,
        evidence: ['The posting mentions the team moved to a new caseload tool last year'],
        reasoning: 'Builds on a specific detail in the posting to ask what only the team can answer.',
      },
      {
        criterion: 'decision_useful',
        score: 4,
        evidence: ['for me the support when things get stretched matters more than the usual number'],
        reasoning: 'Goes to the real working conditions that decide whether to accept.',
      },
      {
        criterion: 'open_and_specific',
        score: 4,
        evidence: ['over the last few months, what was a typical caseload per nurse'],
        reasoning: 'Open and time-bound, inviting a figure and an example.',
      },
      {
        criterion: 'tact_and_timing',
        score: 3,
        evidence: ['Thank you.', "I'm curious about the detail"],
        reasoning: 'Polite and fitting for a senior role; the reason could come before the question.',
      },
      {
        criterion: 'follow_through',
        score: 4,
        evidence: ['when it went above the safe level, what happened next?'],
        reasoning: 'Probes the evasive "we manage" tactfully and precisely.',
      },
    ],
  },
];
