import type { AnchoredExample } from './anchored-examples.js';

export const BEHAVIORAL_EXAMPLES: readonly [AnchoredExample, AnchoredExample] = [
  {
    quality: 'weak',
    role: 'restaurant shift supervisor',
    level: 'mid',
    question: 'Tell me about a time you dealt with an unhappy guest.',
    answer:
      "We get unhappy guests all the time, so I'm used to it. Usually we just apologise and offer them a dessert on the house. The team is really good at this and we always turn it around. I think customer service is about staying calm and being positive. I'm a people person.",
    criteria: [
      {
        criterion: 'relevance',
        score: 2,
        evidence: ['Usually we just apologise and offer them a dessert on the house.'],
        reasoning: 'Touches guest recovery only as a routine, not as a handled complaint.',
      },
      {
        criterion: 'specific_situation',
        score: 1,
        evidence: ['We get unhappy guests all the time'],
        reasoning: 'Only a habit: no one real occasion.',
      },
      {
        criterion: 'personal_actions',
        score: 1,
        evidence: ['The team is really good at this'],
        reasoning: 'Only what "we" and the team do; no action of their own.',
      },
      {
        criterion: 'result_and_learning',
        score: 1,
        evidence: ['we always turn it around'],
        reasoning: 'A claimed outcome with no occasion, evidence or learning.',
      },
      {
        criterion: 'scope_for_level',
        score: null,
        evidence: [],
        reasoning: 'No situation to judge the scope of.',
      },
      {
        criterion: 'structure_and_length',
        score: 1,
        evidence: ["I'm a people person."],
        reasoning: 'Five general sentences with no story order, far under two minutes.',
      },
    ],
  },
  {
    quality: 'strong',
    role: 'staff nurse on a surgical ward',
    level: 'mid',
    question: 'Tell me about a time you had to raise a concern about a patient with a senior colleague.',
    answer:
      "On a night shift last March I was looking after a man two days after bowel surgery. At 2 a.m. his NEWS2 score went from 2 to 5: his heart rate was 118 and he was newly confused. The registrar was in theatre and the FY1 said to recheck in an hour. I wasn't comfortable waiting, because a rising score after abdominal surgery can mean a leak. I repeated the observations myself, did a capillary lactate, which was 3.1, and used SBAR to escalate to the registrar directly through the switchboard, saying clearly that I was worried about sepsis. I also started the sepsis screening tool and made sure he had IV access. The registrar came within 20 minutes, he went back to theatre that morning and they found an anastomotic leak. He recovered and went home ten days later. What I took from it is to say the word I'm worried about out loud; I now teach SBAR to our new starters, and two of them have used it to escalate since.",
    criteria: [
      {
        criterion: 'relevance',
        score: 4,
        evidence: ['used SBAR to escalate to the registrar directly through the switchboard'],
        reasoning: 'Raising a concern past a junior doctor to a senior one is exactly the competency asked about.',
      },
      {
        criterion: 'specific_situation',
        score: 4,
        evidence: ['On a night shift last March', 'his NEWS2 score went from 2 to 5'],
        reasoning: 'One real occasion with time, patient, figures and what was at stake.',
      },
      {
        criterion: 'personal_actions',
        score: 4,
        evidence: [
          'I repeated the observations myself, did a capillary lactate',
          "I wasn't comfortable waiting, because",
        ],
        reasoning: 'Own actions in order, each with its reason, including rejecting the advice to wait.',
      },
      {
        criterion: 'result_and_learning',
        score: 4,
        evidence: ['they found an anastomotic leak', 'I now teach SBAR to our new starters'],
        reasoning: 'An observed outcome tied to the escalation, and a learning applied since.',
      },
      {
        criterion: 'scope_for_level',
        score: 3,
        evidence: ['I now teach SBAR to our new starters'],
        reasoning: 'Independent judgement and guiding newer colleagues, as a mid-level nurse should.',
      },
      {
        criterion: 'structure_and_length',
        score: 3,
        evidence: ['On a night shift last March', 'What I took from it is'],
        reasoning: 'Situation, actions, result, learning in order; a little short of two minutes but complete.',
      },
    ],
  },
];

export const TECHNICAL_EXAMPLES: readonly [AnchoredExample, AnchoredExample] = [
  {
    quality: 'weak',
    role: 'sous chef',
    level: 'senior',
    question: 'How would you cool and store a large batch of cooked rice safely for next-day service?',
    answer:
      "I'd follow HACCP and food safety rules, keep everything clean and put it in the fridge. Temperature control is really important, and I'd make sure it's labelled. Basically good hygiene and common sense.",
    criteria: [
      {
        criterion: 'clarifies_problem',
        score: 1,
        evidence: [],
        reasoning: 'No view of the batch size, the risk or the time limits before answering.',
      },
      {
        criterion: 'correctness_and_depth',
        score: 1,
        evidence: ["I'd follow HACCP and food safety rules"],
        reasoning: 'Names terms only; nothing on cooling time, spreading the rice or target temperatures.',
      },
      {
        criterion: 'trade_offs',
        score: null,
        evidence: [],
        reasoning: 'No options weighed.',
      },
      {
        criterion: 'safety_and_verification',
        score: 2,
        evidence: ["Temperature control is really important, and I'd make sure it's labelled."],
        reasoning: 'A generic mention of temperature and labels, with no check, limit or what to do if it fails.',
      },
      {
        criterion: 'clear_reasoning',
        score: 1,
        evidence: ['Basically good hygiene and common sense.'],
        reasoning: 'Conclusions without any reasoning to follow.',
      },
      {
        criterion: 'fits_level',
        score: 1,
        evidence: ['put it in the fridge'],
        reasoning: 'Well below a senior chef, who sets the cooling procedure for others.',
      },
    ],
  },
  {
    quality: 'strong',
    role: 'backend developer',
    level: 'mid',
    question: 'How would you add a NOT NULL column to a large, busy table without downtime?',
    answer:
      "First I'd check how big the table is, which database and version we're on, and whether old app versions that don't know the column will still be running during the deploy. Assuming PostgreSQL 14 and 40 million rows, I'd do it in steps rather than one migration. Step one: add the column as nullable with no default, which is a quick metadata change. Step two: deploy code that writes the column for new rows. Step three: backfill old rows in batches of about 10,000, with a pause between batches so replication lag stays low. Step four: add a CHECK constraint as NOT VALID, validate it separately, then set NOT NULL, which can then skip the full scan. The alternative is adding it with a default in one go; on Postgres 11 and later that is fast, but I'd still avoid a volatile default because it rewrites the table. To verify, I'd run it on a production-sized copy first, watch lock waits and replication lag during the backfill, and keep each step reversible so we can stop without a rollback of everything.",
    criteria: [
      {
        criterion: 'clarifies_problem',
        score: 4,
        evidence: [
          "First I'd check how big the table is, which database and version we're on",
          'Assuming PostgreSQL 14 and 40 million rows',
        ],
        reasoning: 'Pins down size, version and mixed app versions, and states the assumptions it proceeds on.',
      },
      {
        criterion: 'correctness_and_depth',
        score: 4,
        evidence: ['add a CHECK constraint as NOT VALID, validate it separately, then set NOT NULL'],
        reasoning: 'Correct expand-backfill-contract steps with the detail a practitioner would know.',
      },
      {
        criterion: 'trade_offs',
        score: 3,
        evidence: ['The alternative is adding it with a default in one go'],
        reasoning: 'One real alternative weighed with when it is safe; cost of the extra deploys not discussed.',
      },
      {
        criterion: 'safety_and_verification',
        score: 4,
        evidence: ['run it on a production-sized copy first, watch lock waits and replication lag'],
        reasoning: 'Names the failure modes and concrete checks, and keeps each step reversible.',
      },
      {
        criterion: 'clear_reasoning',
        score: 4,
        evidence: ['Step one:', 'Step four:'],
        reasoning: 'Signposted steps, each with why, easy to follow aloud.',
      },
      {
        criterion: 'fits_level',
        score: 4,
        evidence: ['keep each step reversible so we can stop'],
        reasoning: 'Above the mid-level bar: plans the rollout and its risks, not just the SQL.',
      },
    ],
  },
];
