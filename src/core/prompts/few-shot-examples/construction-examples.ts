import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Construction Manager – Residential Developments (8+ years)
Hartwell Homes · Yorkshire region · £82,000 – £95,000 + car allowance + bonus

Hartwell Homes is a regional housebuilder delivering around 900 homes a year across 14 sites. We are looking for a Construction Manager to lead three to four live sites in the Yorkshire region, each of 80–250 homes.

The role
You will lead the site managers and assistant site managers across your sites and report to the Regional Construction Director.
- Deliver each site safely, to programme, to budget and to NHBC quality standards.
- Champion health and safety: CDM 2015 duties, construction phase plans, site inductions, audits and the safe management of subcontractors.
- Build and control the build programme with your site managers; recover it when weather, materials or labour put it at risk.
- Control build costs against budget with the commercial team, including variations and subcontractor valuations.
- Lead the handover of homes with the customer care team, cutting defects at handover and in the first two years.
- Develop your site managers and build a pipeline of future site managers.

Essential
- At least eight years in residential construction, including three or more leading more than one site or leading site managers.
- SMSTS, a valid CSCS black card and a first aid certificate.
- Strong knowledge of CDM 2015, NHBC standards and building regulations.
- A proven record of delivering to programme and budget.

Desirable
- NEBOSH Construction Certificate.
- A degree or HNC in construction management or a related field.

Our values
Safe, Straight-talking, Built to Last.

Selection
A first interview with the Regional Construction Director, then a second stage where you present a 15-minute plan to recover a site that is eight weeks behind programme, followed by a panel interview.

Benefits: 25 days' holiday plus bank holidays, private medical insurance, a 6% matched pension and a company bonus scheme. Apply online at hartwellhomes.co.uk/careers or call our recruitment team on 0113 496 0758.`;

const base = { sector: 'construction', experienceLevel: 'lead', jobDescription: POSTING } as const;

const FIRST_INTERVIEW = 'first interview';
const PRESENTATION = 'present a 15-minute plan';
const PANEL_INTERVIEW = 'panel interview';

const POSTING_ANALYSIS = {
  occupation: 'construction manager leading three to four residential sites',
  sector: 'regional housebuilding',
  assessedCompetencies: ['Safe', 'Straight-talking', 'Built to Last'],
  interviewStages: [FIRST_INTERVIEW, PRESENTATION, PANEL_INTERVIEW],
};

/** The construction examples: a multi-site construction manager posting, one reply per interview type. */
export const CONSTRUCTION_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'On a site visit you see a bricklaying gang working from a first-floor scaffold with two boards missing and no guard rail. The site manager says the scaffolder is back tomorrow. What do you do, and what does it tell you about the site?',
          category: 'site safety',
          difficulty: 'medium',
          minutes: 8,
          basedOn: 'the safe management of subcontractors',
          stage: PANEL_INTERVIEW,
          kind: 'approach',
          evaluates: [
            'CDM 2015 duties and the safe management of subcontractors (essential knowledge)',
            'leading site managers on safety',
          ],
          strongAnswerSignals: [
            'stops the work at once and makes the area safe',
            'finds out why the site manager accepted it',
            'checks inspections, the scaffold register and the wider site culture',
          ],
          redFlags: [
            'lets work carry on until tomorrow',
            'blames only the bricklayers',
            'no look at why the site manager accepted it',
          ],
          steps: [
            ['Stop', 'Get the gang off the lift now and tape off the area; no discussion of programme first.'],
            [
              'Make safe',
              'Have a competent scaffolder fix it today and inspect before use; record it in the scaffold register.',
            ],
            [
              'Understand',
              "Ask the site manager why work continued; check the last weekly inspections and the subcontractor's method statement.",
            ],
            ['Wider checks', 'Audit other lifts and sites, brief every site team and record the near miss.'],
            [
              'Follow through',
              'Agree actions with the site manager and the subcontractor, and check them on the next visit.',
            ],
          ],
          hints: ['Who is responsible for the scaffold under CDM, and who let the work carry on?'],
          followUps: [
            'The subcontractor says stopping will cost them a day and they will charge you. What do you say?',
          ],
        }),
        exampleQuestion({
          question:
            'Your roofing subcontractor loses half its gang for six weeks on a 120-home phase where 18 reserved homes must complete before the year end. How do you re-sequence the programme to protect those completions?',
          category: 'programme and sequencing',
          difficulty: 'hard',
          minutes: 15,
          basedOn: 'recover it when weather, materials or labour put it at risk',
          stage: FIRST_INTERVIEW,
          kind: 'approach',
          evaluates: ['building and recovering the programme (a listed duty)', 'prioritising the legal completions'],
          strongAnswerSignals: [
            'protects the 18 reserved completions first',
            're-sequences trades and plots with the site managers',
            'tells sales and the director early, with options and costs',
          ],
          redFlags: [
            'tries to keep every plot on the old dates',
            'brings in a new gang without checking competence',
            'tells sales at the last minute',
          ],
          steps: [
            ['Priorities', 'List the 18 reserved plots and their stages; they come first for the roofers you have.'],
            [
              'Re-sequence',
              'Move the remaining roofers to those plots, keep internal trades on plots already watertight, and pause starts on unsold plots.',
            ],
            [
              'Add capacity',
              'Price a second roofing subcontractor or overtime, and check their competence and RAMS before they start.',
            ],
            [
              'Communicate',
              'Give sales and the Regional Construction Director the new dates and the cost of each option.',
            ],
            ['Control', 'Update the programme weekly with the site managers and track plot by plot.'],
          ],
          hints: ['Which homes must be finished, and which only feel urgent?'],
          followUps: ['The second roofer is cheaper but has a poor safety record. Do you use them?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Rehearse how you would recover a site eight weeks behind as a 15-minute presentation with a clear plan, dates and costs.',
          because:
            'The second stage asks you to "present a 15-minute plan to recover a site that is eight weeks behind programme".',
          forQuestions: [2],
          minutes: 120,
        },
        {
          action:
            'Revise the CDM 2015 duties of the principal contractor and how you audit them on a live site, scaffolding included.',
          because:
            'You will "Champion health and safety: CDM 2015 duties, construction phase plans, site inductions, audits".',
          forQuestions: [1],
          minutes: 45,
        },
        {
          action: 'Prepare figures from your own sites: homes delivered, programme recovered, defects per home.',
          because: 'The posting asks for "A proven record of delivering to programme and budget".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action: 'Be ready to explain how you develop site managers into future construction managers.',
          because: 'You will "Develop your site managers and build a pipeline of future site managers".',
          forQuestions: [1],
          minutes: 20,
        },
      ],
      strategy:
        'Lead with safety and straight talking: stop unsafe work at once, and give the director the truth about programme early, with options. The second-stage presentation is the main test, so build a recovery plan you can defend with numbers, and answer as someone who runs several sites through their site managers, not as a site manager on one.',
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
          question: 'Tell me about a time you stopped work on a site despite pressure to keep going.',
          category: 'Safe',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'Deliver each site safely',
          stage: PANEL_INTERVIEW,
          kind: 'star',
          evaluates: ['Safe (a stated value)', 'holding a safety decision under pressure'],
          strongAnswerSignals: [
            'puts safety before programme without hesitation',
            'handles the pressure from others calmly',
            'changes the process afterwards, on that site and the others',
          ],
          redFlags: ['hesitated because of programme', 'no change afterwards', 'blames the workforce only'],
          steps: starSteps(
            'About 15 seconds: the site, the work and the risk you saw.',
            'About 15 seconds: your role and who was pushing to continue.',
            'About 90 seconds: how you stopped the work, made it safe, explained the decision and dealt with the programme impact.',
            'About 30 seconds: the outcome, what changed on that site and others. About two and a half minutes in all.',
          ),
          hints: [
            'Pick a time when the pressure was real: a director, a client or a subcontractor.',
            'At this level show how you changed practice across sites, not only on the day.',
          ],
          followUps: ['How did you make sure it did not happen again on your other sites?'],
        }),
        exampleQuestion({
          question: 'Tell me about a time you had to tell your director that a site would miss its completion dates.',
          category: 'Straight-talking',
          difficulty: 'hard',
          minutes: 5,
          basedOn: 'Straight-talking',
          stage: PANEL_INTERVIEW,
          kind: 'star',
          evaluates: ['Straight-talking (a stated value)', 'reporting programme risk upwards'],
          strongAnswerSignals: [
            'raises bad news early, with facts',
            'brings options and a recovery plan',
            'rebuilds trust by delivering the new dates',
          ],
          redFlags: ['told the director late', 'no options or plan', 'blames the weather alone'],
          steps: starSteps(
            'About 15 seconds: the site, the dates at risk and the cause.',
            'About 15 seconds: your responsibility for the programme.',
            'About 90 seconds: how and when you told the director, what options and costs you brought, and what you did next.',
            'About 30 seconds: the dates achieved, the effect on customers and what you learned. About two and a half minutes in all.',
          ),
          hints: [
            'Choose a time you raised it early, not one you hid until the last week.',
            'At this level the story should cover a whole site or several, with your site managers and the director involved.',
            'Show figures: weeks late, homes affected, cost of recovery.',
          ],
          followUps: ['What would you do if a site manager hid a delay from you?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Prepare one story for each value: Safe, Straight-talking and Built to Last.',
          because: 'The posting names its values: "Safe, Straight-talking, Built to Last."',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action: 'Prepare a story about developing a site manager, with what they went on to do.',
          because: 'You will "Develop your site managers and build a pipeline of future site managers".',
          forQuestions: [],
          minutes: 20,
        },
        {
          action: 'Have a story about cutting defects at handover for Built to Last, with numbers.',
          because: 'You will lead the handover of homes, "cutting defects at handover and in the first two years".',
          forQuestions: [],
          minutes: 20,
        },
        {
          action:
            'Practise each story at two to three minutes for the panel interview (about 30 seconds of setting, 90 of your actions, 30 of result), with figures.',
          because: 'The second stage ends with "a panel interview".',
          forQuestions: [1, 2],
          minutes: 30,
        },
        {
          action:
            'Keep your programme-recovery presentation consistent with your Straight-talking story: the same panel hears both.',
          because: 'At the second stage "you present a 15-minute plan to recover a site".',
          forQuestions: [2],
          minutes: 15,
        },
      ],
      strategy:
        'At this level the panel wants stories across several sites and people: safety decisions under pressure, honest reporting and developing your site managers. Name the value each story shows, give numbers, and keep a Built to Last story about defects ready, since the posting measures you on them for two years after handover.',
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
          question: 'Present your 15-minute plan to recover a 180-home site that is eight weeks behind programme.',
          category: 'programme recovery',
          difficulty: 'medium',
          minutes: 30,
          basedOn: 'recover a site that is eight weeks behind programme',
          stage: PRESENTATION,
          kind: 'case_structure',
          evaluates: ['recovering the programme (a listed duty)', 'a costed plan a director can approve'],
          strongAnswerSignals: [
            'finds that brickwork at 7 of 12 (about 58%) explains most of the delay',
            'protects the 24 reserved completions first',
            'gives a plan with dates, costs, risks and weekly control',
          ],
          redFlags: [
            'no diagnosis before the plan',
            'ignores reserved homes',
            'adds labour without safety or quality checks',
          ],
          steps: [
            [
              'Diagnose',
              'Two weeks lost to weather and six to bricklaying: the gang is 7 instead of 12, so brickwork runs at about 58% of plan.',
            ],
            ['Prioritise', 'Protect the 24 reserved homes due to complete this year; re-sequence the rest.'],
            [
              'Recover',
              'Bring brickwork back to 12 with a second gang, add Saturday working, and pull forward internal trades on watertight plots.',
            ],
            [
              'Cost and risk',
              'Price the extra gang and overtime against the cost of missed completions; name the risks (quality, safety, winter).',
            ],
            ['Control', 'Weekly plot-by-plot review with the site manager and a report to the director.'],
          ],
          hints: ['What share of the delay is brickwork?'],
          followUps: ['The director gives you half the budget you asked for. What changes?'],
          caseStudy: {
            scenario:
              'A 180-home site in your region is eight weeks behind programme; the director wants a recovery plan.',
            dataProvided: [
              '96 of 180 homes complete',
              '24 reserved homes due for legal completion before the year end',
              'Bricklaying gang: 7 instead of 12 for the last 10 weeks',
              '2 weeks lost to weather',
            ],
            expectedApproach:
              'Show that brickwork at 7 of 12 (about 58%) explains most of the delay, protect the 24 reserved completions, add brickwork capacity and re-sequence trades, and give a costed plan with risks and weekly control.',
          },
        }),
        exampleQuestion({
          question:
            'The latest cost report forecasts a site to finish £1.1m over its £21.6m budget. Using the figures, find the causes and say what you would do.',
          category: 'cost control',
          difficulty: 'hard',
          minutes: 25,
          basedOn: 'Control build costs against budget with the commercial team',
          stage: PANEL_INTERVIEW,
          kind: 'case_structure',
          evaluates: ['controlling build costs (a listed duty)', 'reading and challenging a cost report'],
          strongAnswerSignals: [
            'reconciles the forecast: £14.2m + £8.5m = £22.7m, £1.1m over',
            'explains £550k by variations and the rate rise, and investigates the other £550k',
            'acts with the commercial team and sets monthly cost-to-complete reviews',
          ],
          redFlags: [
            'accepts the forecast without checking it',
            'no split between causes',
            'cuts quality to save cost',
          ],
          steps: [
            ['Check the forecast', 'Cost to date £14.2m plus £8.5m to complete gives £22.7m: £1.1m over.'],
            [
              'Split the causes',
              '£400k of unpriced variations, £150k from a 6% rise on the remaining £2.5m of groundworks, £550k still to explain.',
            ],
            [
              'Recover',
              'Price and agree the variations, challenge the groundworks rise against the contract, and review the £550k line by line.',
            ],
            ['Prevent', 'Monthly cost-to-complete reviews with each site manager and the commercial team.'],
          ],
          hints: ['How much of the overrun can be recovered from variations?'],
          followUps: ['The £550k turns out to be rework from defects. What do you change on site?'],
          caseStudy: {
            scenario: "A site's monthly cost report shows a forecast overrun.",
            dataProvided: [
              'Budget: £21.6m',
              'Cost to date: £14.2m; forecast to complete: £8.5m',
              'Variations worth about £400k not yet priced or agreed',
              'Groundworks subcontractor: 6% rate rise on the remaining £2.5m of work',
            ],
            expectedApproach:
              'Reconcile the £1.1m overrun, explain £550k by variations and the rate rise, investigate the remaining £550k, and set actions with the commercial team and monthly reviews.',
          },
        }),
      ],
      preparationPlan: [
        {
          action:
            'Build and time a 15-minute programme recovery presentation: diagnosis, priorities, recovery actions, costs, risks and weekly control.',
          because:
            'The second stage asks you to "present a 15-minute plan to recover a site that is eight weeks behind programme".',
          forQuestions: [1],
          minutes: 120,
        },
        {
          action: 'Practise reading a cost report and reconciling cost to date, cost to complete and budget.',
          because:
            'You will "Control build costs against budget with the commercial team, including variations and subcontractor valuations".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action: 'Bring examples of recoveries you led, with weeks recovered and what they cost.',
          because: 'The posting asks for "A proven record of delivering to programme and budget".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action:
            'Prepare to explain how you agree variations and challenge subcontractor valuations with the commercial team.',
          because: 'Cost control includes "variations and subcontractor valuations".',
          forQuestions: [2],
          minutes: 15,
        },
      ],
      strategy:
        'In both exercises, diagnose with the numbers before proposing a plan, protect safety and legal completions, and end with a costed plan you would stand behind. That is what a Regional Construction Director wants to hear from a construction manager, and the 15-minute presentation is where the panel sees it first.',
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
          question: 'Which sites would I take on first, and where do they stand today against programme and budget?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'lead three to four live sites in the Yorkshire region',
          stage: FIRST_INTERVIEW,
          kind: 'why_ask',
          evaluates: [
            'the state of the sites you inherit',
            'honesty about problems',
            'priorities for the first months',
          ],
          strongAnswerSignals: [
            'named sites with an honest status against programme and budget',
            'what the director wants fixed first',
            'figures rather than "on track"',
          ],
          redFlags: ['no figures', 'several sites already far behind without a plan', 'vague about reporting'],
          steps: [
            ['Why ask this', 'Your first year depends on the sites you inherit.'],
            ['What a good answer sounds like', 'Named sites, honest status, and what the director wants fixed first.'],
            ['Warning signs', 'Every site is "on track" with no figures.'],
          ],
          hints: ['Ask the Regional Construction Director at the first interview.'],
          followUps: ['Which site manager would you want me to support first?'],
        }),
        exampleQuestion({
          question:
            'How much authority would I have over build budgets and subcontractor choice, and which decisions go to the Regional Construction Director?',
          category: 'decision rights',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'report to the Regional Construction Director',
          stage: PANEL_INTERVIEW,
          kind: 'why_ask',
          evaluates: ['real mandate of the role', 'how the region is run', 'trust given to construction managers'],
          strongAnswerSignals: [
            'clear spending and subcontractor limits',
            'examples of decisions construction managers make alone',
            'a simple route for approving variations',
          ],
          redFlags: [
            'all decisions go upwards',
            'no clear limits',
            'commercial team overrides site decisions without discussion',
          ],
          steps: [
            ['Why ask this', 'You are accountable for cost and programme; you need the authority to match.'],
            ['What a good answer sounds like', 'Clear limits and examples of decisions you make alone.'],
            ['How to follow up', 'Ask how variations are approved.'],
          ],
          hints: ['Ask after some rapport, framed as planning how you would run the sites.'],
          followUps: ['Can you give an example of a decision the last construction manager made alone?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Turn what the posting leaves open (the state of the sites, your authority) into questions.',
          because: 'You will "lead three to four live sites" but the posting does not say where they stand.',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action:
            'Ask the director your first question at the first interview, then compare the answer with what the panel says at the second stage.',
          because: 'Selection is "A first interview with the Regional Construction Director, then a second stage".',
          forQuestions: [1, 2],
          minutes: 10,
        },
        {
          action: 'Ask how the bonus scheme is measured: programme, cost, safety or customer scores.',
          because: 'The package includes "a company bonus scheme".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action: 'Ask about the pipeline of future sites in the region.',
          because: 'Hartwell Homes delivers "around 900 homes a year across 14 sites".',
          forQuestions: [],
          minutes: 5,
        },
      ],
      strategy:
        'Use your questions to judge the sites you inherit and the authority you get. Ask the director directly at the first interview, and show that you think about safety, programme and people together.',
    },
  },
];
