import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Senior Software Engineer – Route Planning (TypeScript / Node.js)
Parcelwise · Manchester or remote (UK) · £75,000 – £90,000 + share options

Parcelwise plans delivery routes for 1,800 couriers across the UK. Our route-planning service takes in 250,000 parcels every evening and must publish routes to couriers' phones by 5 a.m. You will join a team of six engineers, a product manager and a designer.

What you will do
- Design, build and run services in TypeScript on Node.js, backed by PostgreSQL and Redis, deployed on AWS with Terraform.
- Own the nightly planning pipeline end to end: design docs, code, tests, on-call (one week in six) and post-incident reviews.
- Make the pipeline fast, and safe to re-run when a depot sends a late manifest.
- Review code with care and mentor two mid-level engineers.
- Work with operations to turn depot feedback into product changes.

What you need
- 5+ years building backend services in production, in TypeScript or another typed language.
- Strong PostgreSQL: query plans, indexing, transactions and migrations on large tables.
- Experience designing systems that fail safely: retries, idempotency, queues, observability.
- Clear written communication: we decide through short design docs.

Nice to have
- Routing or optimisation problems (vehicle routing, scheduling).
- Kafka or another event-streaming platform.

Our values
Own the outcome · Keep it simple · Couriers first

How we hire
A 30-minute call with the hiring manager, a take-home exercise (about 3 hours, paid at £150), a system design conversation based on your take-home, and a values interview with two engineers. We reply to every applicant within ten working days.

Benefits: 27 days' holiday plus bank holidays, 6% pension, a £1,000 yearly learning budget and a 9-day fortnight in summer.

Apply at careers.parcelwise.co.uk/jobs/senior-engineer or email hiring@parcelwise.co.uk.`;

const base = { sector: 'software', experienceLevel: 'senior', jobDescription: POSTING } as const;

const MANAGER_CALL = 'call with the hiring manager';
const TAKE_HOME = 'take-home exercise';
const SYSTEM_DESIGN = 'system design conversation';
const VALUES_INTERVIEW = 'values interview';

const POSTING_ANALYSIS = {
  occupation: 'senior backend software engineer (route planning, TypeScript / Node.js)',
  sector: 'parcel delivery logistics software',
  assessedCompetencies: ['Own the outcome', 'Keep it simple', 'Couriers first'],
  interviewStages: [MANAGER_CALL, TAKE_HOME, SYSTEM_DESIGN, VALUES_INTERVIEW],
};

/** The software examples: a senior backend posting, one reply per interview type. */
export const SOFTWARE_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            "The query that loads a depot's parcels for planning takes 40 seconds for the largest depot (60,000 of 12 million rows). How do you find the cause and fix it without blocking the nightly writes?",
          category: 'PostgreSQL performance',
          difficulty: 'medium',
          minutes: 15,
          basedOn: 'Strong PostgreSQL: query plans, indexing, transactions and migrations on large tables',
          stage: SYSTEM_DESIGN,
          kind: 'approach',
          evaluates: [
            'strong PostgreSQL: query plans and indexing (must-have)',
            'measuring before changing a production system',
          ],
          strongAnswerSignals: [
            'reads EXPLAIN (ANALYZE, BUFFERS) before changing anything',
            'proposes a composite index that matches the filter and sort, built CONCURRENTLY',
            'checks the cost of the new index on the nightly inserts',
          ],
          redFlags: [
            'adds indexes on every column without reading the plan',
            'asks for a bigger database before measuring',
            'forgets that a plain CREATE INDEX blocks writes',
            'no before-and-after measurement',
          ],
          steps: [
            ['Measure', 'Reproduce with the largest depot and time each layer: query, network, serialisation.'],
            [
              'Read the plan',
              'Run EXPLAIN (ANALYZE, BUFFERS); look for a sequential scan, a sort spilling to disk or a misestimated row count.',
            ],
            [
              'Fix',
              'Add an index on (depot_id, planned_date) built CONCURRENTLY, select only the needed columns, refresh statistics.',
            ],
            ['Verify', 'Compare before and after on the real plan and watch insert time during the evening load.'],
          ],
          hints: ['What does the plan say the database does for 60,000 matching rows?'],
          followUps: ['The table will reach 50 million rows next year. What do you change before then?'],
        }),
        exampleQuestion({
          question:
            "A depot's late manifest arrives at 3 a.m., after routes for all 1,800 couriers have been computed. Design how the pipeline re-plans that depot and republishes its routes by 5 a.m. without any courier seeing a duplicate or half-updated route.",
          category: 'system design',
          difficulty: 'hard',
          minutes: 40,
          basedOn: 'safe to re-run when a depot sends a late manifest',
          stage: SYSTEM_DESIGN,
          kind: 'approach',
          evaluates: ['designing systems that fail safely (must-have)', 'keeping the 5 a.m. publishing deadline'],
          strongAnswerSignals: [
            'makes the re-run idempotent, keyed by depot and manifest version',
            'publishes atomically: builds the new route set, then switches a version pointer',
            'sets a time budget and a fallback if re-planning misses 5 a.m.',
            'adds per-depot metrics so on-call can see which version each courier has',
          ],
          redFlags: [
            'overwrites routes in place',
            'no answer for a crash halfway through',
            'ignores the 5 a.m. deadline',
            'adds Kafka or new infrastructure without saying why it is needed',
          ],
          steps: [
            [
              'Clarify',
              "Ask how often late manifests arrive, how long one depot takes to plan and what couriers' phones do today.",
            ],
            [
              'Idempotent re-run',
              'Key each planning run by depot and manifest version, so retries and double triggers produce one result.',
            ],
            [
              'Atomic publish',
              "Write the new routes beside the old ones, then switch the depot's current version in one transaction; phones fetch by version.",
            ],
            [
              'Time budget',
              "Estimate re-plan time, define what happens at 4:30 if it is not done (keep yesterday's plan plus a manual list) and alert on it.",
            ],
            [
              'Observe',
              'Emit run, publish and fetch metrics per depot so on-call can see which version each courier has.',
            ],
          ],
          hints: [
            'The system design conversation builds on your take-home: expect to extend your own design.',
            "What does a courier's phone show if the job dies halfway?",
          ],
          followUps: ['Two late manifests arrive for the same depot ten minutes apart. What happens?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Rehearse explaining your take-home design in ten minutes: the choices you made, what you left out and what you would change with more time.',
          because: 'The next stage is "a system design conversation based on your take-home".',
          forQuestions: [2],
          minutes: 45,
        },
        {
          action:
            'Practise reading EXPLAIN (ANALYZE, BUFFERS) on a table with millions of rows and justify one index choice, including its cost on writes.',
          because:
            'The posting asks for "Strong PostgreSQL: query plans, indexing, transactions and migrations on large tables".',
          forQuestions: [1],
          minutes: 60,
        },
        {
          action:
            'Sketch a design for safe re-runs on one page: idempotency keys, versioned publishes, and a time budget with a fallback.',
          because:
            'The pipeline must be "safe to re-run when a depot sends a late manifest" and routes must reach phones "by 5 a.m."',
          forQuestions: [2],
          minutes: 45,
        },
        {
          action:
            'For the values interview, prepare one on-call story for "Own the outcome" and one simplification story for "Keep it simple".',
          because: 'The posting lists its values: "Own the outcome · Keep it simple · Couriers first".',
          forQuestions: [],
          minutes: 30,
        },
      ],
      strategy:
        'Present yourself as the engineer who makes the nightly pipeline boring: measure before tuning, design re-runs that cannot double-publish, and keep the 5 a.m. deadline and the couriers in view. Keep the take-home simple and well explained, because the system design conversation builds on it. Routing and Kafka are nice-to-haves: mention them if you have them, but lead with PostgreSQL and failure-safe design, which the posting requires.',
    },
  },
  {
    ...base,
    interviewType: 'behavioral',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'Tell me about a time you argued for a simpler design than the one your team wanted. What happened?',
          category: 'Keep it simple',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'Keep it simple',
          stage: VALUES_INTERVIEW,
          kind: 'star',
          evaluates: ['Keep it simple (a stated value)', 'influencing a technical decision in writing'],
          strongAnswerSignals: [
            'explains the cost of the complex option in concrete terms (effort, failure modes, on-call load)',
            'persuades through a short written proposal, not seniority',
            'accepts a good counter-argument',
          ],
          redFlags: [
            'the simpler design was simply their own preference',
            'no evidence or numbers for the trade-off',
            'colleagues are portrayed as foolish',
          ],
          steps: starSteps(
            'About 15 seconds: the system, the team and the design on the table.',
            'About 15 seconds: why it was yours to challenge (you owned the service or the review).',
            'About 90 seconds: how you compared both options (effort, failure modes, on-call cost), wrote it up and brought people round.',
            'About 30 seconds: what was built, a measurable effect (fewer incidents, weeks saved) and what you would do the same way again. About two and a half minutes in all.',
          ),
          hints: [
            'Pick a real design review from the last two years where you, personally, changed the outcome.',
            'At senior level the story should reach beyond your own code: a team or cross-team decision.',
          ],
          followUps: ['What would have made you drop your proposal?'],
        }),
        exampleQuestion({
          question:
            'Tell me about an incident you led where the fix was outside your own service. What did you do, and what changed afterwards?',
          category: 'Own the outcome',
          difficulty: 'hard',
          minutes: 5,
          basedOn: 'Own the outcome',
          stage: VALUES_INTERVIEW,
          kind: 'star',
          evaluates: ['Own the outcome (a stated value)', 'leading an incident across team boundaries'],
          strongAnswerSignals: [
            'takes charge of coordination without blaming the other team',
            'keeps users (couriers, customers) informed during the incident',
            'drives the post-incident actions to completion',
          ],
          redFlags: [
            'blames the other team',
            'the story ends when the alert stops, with no follow-up',
            'cannot say what they personally decided',
          ],
          steps: starSteps(
            'About 15 seconds: the incident, its impact on users and the time of day.',
            'About 15 seconds: your role (on-call lead, incident commander).',
            "About 90 seconds: how you found the cause in another team's system, coordinated the fix, communicated status and protected users meanwhile.",
            'About 30 seconds: time to recovery, the actions agreed in the post-incident review, proof they were done. About two and a half minutes in all.',
          ),
          hints: [
            'Choose an on-call incident with real user impact where the fix sat in another team\'s system; say "I" for your own decisions.',
            'At senior level show that you led the response and the follow-up across teams, not only that you found the bug.',
          ],
          followUps: ["How did you make sure the other team's actions were actually done?"],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Prepare two stories per value (Own the outcome, Keep it simple, Couriers first), each naming its value in the first sentence.',
          because:
            'The posting lists "Own the outcome · Keep it simple · Couriers first" and ends with "a values interview with two engineers".',
          forQuestions: [1, 2],
          minutes: 60,
        },
        {
          action:
            'Time each story at two to three minutes, with your own actions as the longest part (about 90 seconds), and be ready for the technical detail behind each decision.',
          because:
            'The values interview is held "with two engineers", who will probe the technical choices in each story.',
          forQuestions: [1, 2],
          minutes: 30,
        },
        {
          action:
            "Prepare one mentoring story: how a mid-level engineer's work changed through your reviews or pairing.",
          because: 'You will "Review code with care and mentor two mid-level engineers".',
          forQuestions: [],
          minutes: 20,
        },
        {
          action:
            'Prepare one story of turning operations or customer feedback into a product change, for Couriers first.',
          because: 'You will "Work with operations to turn depot feedback into product changes".',
          forQuestions: [],
          minutes: 20,
        },
      ],
      strategy:
        'The values interview is run by two engineers, so expect detailed follow-ups on your technical decisions inside each story. Lead with ownership of production systems and simplicity, name the value each story shows, keep your own role explicit, and make sure Couriers first is covered by at least one story even though the questions start with the other two.',
    },
  },
  {
    ...base,
    interviewType: 'case_study',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            "Nightly planning now takes 150 minutes and volumes grow 4% a month. Decide how to keep publishing by 5 a.m. through next winter's peak.",
          category: 'capacity planning',
          difficulty: 'medium',
          minutes: 25,
          basedOn: "must publish routes to couriers' phones by 5 a.m.",
          stage: SYSTEM_DESIGN,
          kind: 'case_structure',
          evaluates: ['making the pipeline fast (a listed duty)', 'weighing options on cost, risk and effort'],
          strongAnswerSignals: [
            'projects planning time with the growth rate: about 222 minutes by the peak',
            'adds the 90 minutes of loading before comparing with the 360-minute window',
            'recommends parallel planning by depot with a fallback and an alert well before the limit',
          ],
          redFlags: [
            'no projection of the growth',
            'recommends a rewrite without figures',
            'ignores the loading time in the window',
          ],
          steps: [
            [
              'Clarify',
              'Confirm the window (manifests close at 23:00, routes due at 05:00) and what share of run time is planning versus loading.',
            ],
            [
              'Project',
              'Grow run time with volume: 150 minutes x 1.04^10 is about 222 minutes by the December peak, close to the 360-minute window once loading is added.',
            ],
            [
              'Options',
              'Compare a bigger instance, planning depots in parallel and caching distance matrices, using the figures given.',
            ],
            [
              'Recommend',
              'Parallelise by depot first (largest gain, planned work), keep a bigger instance as the fallback, set an alert at 240 minutes.',
            ],
          ],
          hints: ['Is the run time spent on one depot or spread across all of them?'],
          followUps: ['Parallel runs make the database the bottleneck. What now?'],
          caseStudy: {
            scenario:
              'The nightly route-planning run has grown with parcel volumes and is approaching the time window before routes must reach couriers.',
            dataProvided: [
              'Current planning run: 150 minutes',
              'Loading and publishing: 90 minutes',
              'Window: 23:00 to 05:00 (360 minutes)',
              'Volume growth: 4% a month for the next 10 months',
              'The 3 largest of 40 depots take 45% of planning time',
            ],
            expectedApproach:
              'Project planning time to about 222 minutes, so 312 minutes with loading against a 360-minute window, then recommend parallel planning by depot with the largest depots first, a fallback of more capacity, and an alert well before the limit.',
          },
        }),
        exampleQuestion({
          question:
            'Operations wants routes re-planned live during the day when a courier calls in sick. Should the team build it next quarter, and how would you decide?',
          category: 'product trade-off',
          difficulty: 'hard',
          minutes: 30,
          basedOn: 'turn depot feedback into product changes',
          stage: SYSTEM_DESIGN,
          kind: 'case_structure',
          evaluates: [
            'turning operations feedback into product decisions (a listed duty)',
            'cost-benefit reasoning with the figures given',
          ],
          strongAnswerSignals: [
            "computes today's manual cost: about £75,000 a year",
            'weighs the £60,000 build and its daytime on-call risk against the saving',
            'proposes a dispatcher-approved suggestion tool as a smaller first step, with a measure of success',
          ],
          redFlags: [
            'decides without computing the current cost',
            'ignores the risk to the nightly run',
            'no smaller first step',
          ],
          steps: [
            ['Objective', 'Agree what matters: dispatcher time, late parcels, courier overtime.'],
            [
              'Cost today',
              'Compute the manual cost from the data: 40 calls x 25 minutes is about 16.7 hours a day, about £300 a day or £75,000 a year at £18 an hour.',
            ],
            ['Build cost', 'Two engineers for a quarter is about £60,000, plus on-call risk in daytime planning.'],
            [
              'Options',
              'Compare full live re-planning with a tool that suggests a re-assignment for the dispatcher to approve.',
            ],
            [
              'Recommend',
              'Build the suggestion tool first, measure minutes saved per call, then decide on full automation.',
            ],
          ],
          hints: ['How much does the manual process cost per year?'],
          followUps: ['Operations says late parcels matter more than dispatcher time. Does your answer change?'],
          caseStudy: {
            scenario:
              "Dispatchers re-assign a sick courier's parcels by hand; operations asks for automatic daytime re-planning.",
            dataProvided: [
              'About 40 sick calls a day, 250 working days a year',
              'Manual re-assignment: 25 minutes per call',
              'Dispatcher cost: £18 an hour',
              'Engineering estimate: two engineers for one quarter, about £60,000',
            ],
            expectedApproach:
              'Cost the manual process at about £75,000 a year, compare it with a £60,000 build and its risks, and recommend a dispatcher-approved suggestion tool as a first step with a clear measure of success.',
          },
        }),
      ],
      preparationPlan: [
        {
          action:
            'Practise projecting growth with a compound monthly rate by hand and checking the result against a fixed time window.',
          because: 'The service takes in "250,000 parcels every evening" and must publish routes "by 5 a.m."',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action:
            'Prepare a short cost comparison of a manual process against a build, in pounds per year, ending with a smaller first step.',
          because: 'You will "Work with operations to turn depot feedback into product changes".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action:
            'Rehearse ending each case with a recommendation, a risk and a trigger to revisit, as you would write it in a one-page design doc.',
          because: 'The team says "we decide through short design docs".',
          forQuestions: [1, 2],
          minutes: 20,
        },
        {
          action:
            'Re-read your own take-home before the system design conversation and note where growth or a late manifest would strain it.',
          because: 'That stage is "a system design conversation based on your take-home".',
          forQuestions: [1],
          minutes: 30,
        },
      ],
      strategy:
        'Treat each case as a design doc: state the goal, put numbers on the options, and recommend the simplest step that keeps couriers served. The posting values simplicity and ownership, so favour small, measurable first steps over large rewrites, and show the arithmetic out loud so the engineers can follow and challenge it.',
    },
  },
  {
    ...base,
    interviewType: 'reverse',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'What would success in this role look like after six months, especially for the nightly planning pipeline?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'Own the nightly planning pipeline end to end',
          stage: MANAGER_CALL,
          kind: 'why_ask',
          evaluates: [
            'how clearly the role is defined',
            'which outcomes the team measures',
            'whether the pipeline is a known pain point',
          ],
          strongAnswerSignals: [
            'concrete outcomes: run time, failed runs, a design doc shipped, engineers mentored',
            'a named first project for the pipeline',
            'the same picture from the hiring manager and, later, the engineers',
          ],
          redFlags: [
            'no measure of success',
            'expectations differ between interviewers',
            'the pipeline is described as "fine" while on-call is busy',
          ],
          steps: [
            ['Why ask this', 'The posting lists many duties; this tells you which ones matter first.'],
            [
              'What a good answer sounds like',
              'Concrete outcomes: run time, failed runs, a design doc shipped, engineers mentored.',
            ],
            ['Warning signs', 'No measure at all, or "just pick up tickets".'],
          ],
          hints: ['Safe for the hiring manager call; note the answer for later stages.'],
          followUps: ['What did the last person in this role achieve in their first six months?'],
        }),
        exampleQuestion({
          question:
            'How often is the on-call engineer paged at night for the planning pipeline, and how does the team get time to fix what pages it?',
          category: 'working conditions',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'on-call (one week in six)',
          stage: VALUES_INTERVIEW,
          kind: 'why_ask',
          evaluates: ['real on-call load', 'whether reliability work gets time', 'team health'],
          strongAnswerSignals: [
            'a number of pages a week, and whether it is falling',
            'a recent fix that reduced them',
            'time set aside for reliability work each sprint',
          ],
          redFlags: ['no idea how often pages happen', 'fixes are always "next quarter"', 'on-call is unpaid overtime'],
          steps: [
            ['Why ask this', 'On-call is one week in six; the load decides how sustainable the job is.'],
            [
              'What a good answer sounds like',
              'A number of pages a week, a recent fix that reduced them, time set aside each sprint.',
            ],
            ['How to follow up', 'Ask what the last post-incident review changed.'],
          ],
          hints: ['Ask the engineers in the values interview; they know the real numbers.'],
          followUps: ['Who decides when reliability work beats feature work?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'List what the posting leaves open (on-call load, how depot feedback is prioritised, what success looks like) and turn each into a question.',
          because: 'The posting promises "on-call (one week in six)" but says nothing about how often it pages.',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action:
            'Ask the hiring manager about success measures on the first call and the engineers about on-call reality in the values interview, and note each answer to compare them.',
          because:
            'Selection runs from "A 30-minute call with the hiring manager" to "a values interview with two engineers".',
          forQuestions: [1, 2],
          minutes: 10,
        },
        {
          action: 'Prepare one question on how design docs are reviewed and who decides when engineers disagree.',
          because: 'The team says "we decide through short design docs".',
          forQuestions: [],
          minutes: 10,
        },
        {
          action:
            'Keep questions about the learning budget and the summer 9-day fortnight for after an offer, unless they decide your application.',
          because: 'The benefits include "a £1,000 yearly learning budget and a 9-day fortnight in summer".',
          forQuestions: [],
          minutes: 5,
        },
      ],
      strategy:
        "Use your questions to check that the pipeline's reliability work is valued and that on-call is sustainable. Ask the same question of the hiring manager and the engineers and compare the answers; a senior engineer who owns the pipeline end to end needs both pictures to match.",
    },
  },
];
