import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Policy Adviser – Rural Connectivity
Department for Rural Affairs and Communities · Senior Executive Officer (SEO)
Salary: £41,200 – £46,800 (national), £45,900 – £51,600 (London) · York, Bristol or London · Permanent, hybrid (60% in the office)

About the team
The Rural Connectivity team leads government policy on broadband and mobile coverage for rural communities. We work with other departments, the regulator Ofcom, councils and community groups to close the gap between rural and urban coverage by 2030.

About the job
As a Policy Adviser you will:
- Lead one strand of the programme: the voucher scheme that helps rural households and businesses pay for gigabit connections.
- Analyse evidence, including take-up data and user research, and turn it into clear policy options.
- Draft submissions, briefings and answers to parliamentary questions for ministers, to tight deadlines.
- Build relationships with councils, suppliers, Ofcom and rural community groups, including when interests conflict.
- Manage the risks on your strand and report them to the programme board.

Essential criteria
- Experience of turning complex evidence into clear written advice for senior decision-makers.
- Experience of building effective relationships with a range of stakeholders.
- The ability to prioritise and deliver to tight deadlines.

Desirable criteria
- Knowledge of the telecoms market or of rural issues.
- Experience of a spending review or a business case.

Behaviours
We will assess you against these Success Profiles behaviours: Seeing the Big Picture, Making Effective Decisions, Communicating and Influencing, Delivering at Pace.

Selection process
Stage 1: a CV and a 500-word personal statement against the essential criteria.
Stage 2: a 20-minute written exercise (a short briefing from an evidence pack), then a 45-minute panel interview on the behaviours.

Benefits: Civil Service Pension with an average employer contribution of 28.97%, 25 days' annual leave rising to 30, flexible working and a learning allowance.

Apply through Civil Service Jobs by 23:55 on 14 May, quoting reference 418552. Questions about the role: rural.connectivity.recruitment@dfrac.gov.uk.`;

const base = { sector: 'public_policy', experienceLevel: 'mid', jobDescription: POSTING } as const;

const PERSONAL_STATEMENT = 'personal statement';
const WRITTEN_EXERCISE = 'written exercise';
const PANEL_INTERVIEW = 'panel interview';

const POSTING_ANALYSIS = {
  occupation: 'policy adviser, Senior Executive Officer (SEO)',
  sector: 'UK central government: rural broadband and mobile policy',
  assessedCompetencies: [
    'Seeing the Big Picture',
    'Making Effective Decisions',
    'Communicating and Influencing',
    'Delivering at Pace',
  ],
  interviewStages: [PERSONAL_STATEMENT, WRITTEN_EXERCISE, PANEL_INTERVIEW],
};

/** The public-policy examples: a civil service policy adviser posting, one reply per interview type. */
export const PUBLIC_POLICY_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'What makes a good ministerial submission? Outline the one you would write asking the minister whether to extend the voucher scheme by a year.',
          category: 'written advice',
          difficulty: 'easy',
          minutes: 8,
          basedOn: 'Draft submissions, briefings and answers to parliamentary questions for ministers',
          stage: WRITTEN_EXERCISE,
          kind: 'approach',
          evaluates: [
            'turning complex evidence into clear written advice (essential)',
            'the structure of a ministerial submission',
          ],
          strongAnswerSignals: [
            'puts the decision and the recommendation on page one',
            'sets out options with costs, risks and handling',
            'names who has been consulted and the deadline',
          ],
          redFlags: ['buries the recommendation at the end', 'only one option', 'no costs or handling'],
          steps: [
            ['Purpose', 'State the decision needed, by when, and the recommendation in the first lines.'],
            ['Options', 'Extend, extend with changes, or close, each with cost, benefit and risk.'],
            ['Evidence', 'Summarise take-up and user research in plain words, with what the data cannot show.'],
            [
              'Handling',
              'Cover stakeholders, communications, parliamentary interest and clearance by legal and finance.',
            ],
          ],
          hints: ['What does a busy minister need to read in the first thirty seconds?'],
          followUps: ["The minister's office wants it on one page. What do you cut?"],
        }),
        exampleQuestion({
          question:
            'The minister\'s office asks for a one-line answer by 4 p.m.: "Is the voucher scheme working?" The evidence is mixed. How do you answer?',
          category: 'working with evidence',
          difficulty: 'medium',
          minutes: 10,
          basedOn: 'Analyse evidence, including take-up data and user research',
          stage: PANEL_INTERVIEW,
          kind: 'approach',
          evaluates: [
            'analysing evidence into policy advice (a listed duty)',
            'answering honestly to a tight deadline',
          ],
          strongAnswerSignals: [
            'separates what the data shows from what it cannot',
            'answers on time with two facts and one honest caveat',
            'flags the handling risk and offers a fuller note by a named date',
          ],
          redFlags: [
            'misses the deadline to be thorough',
            'overclaims from weak evidence',
            'ignores how the answer will be used',
          ],
          steps: [
            ['Clarify', 'Ask what prompted the question: a meeting, a parliamentary question, a press story.'],
            [
              'Weigh the evidence',
              'Take-up is rising overall but low in the most remote areas; the survey is small; one supplier complaint is an anecdote.',
            ],
            [
              'Answer',
              'Give a clear line ("working for most premises, not yet for the hardest to reach") with two facts and one caveat.',
            ],
            ['Follow up', 'Offer a fuller note by a named date and tell the programme board.'],
          ],
          hints: ['What would you say if you could only send two sentences?'],
          followUps: ['A special adviser asks you to drop the caveat. What do you do?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Practise writing a one-page briefing in 20 minutes from a short evidence pack, then check every figure in it.',
          because: 'Stage 2 begins with "a 20-minute written exercise (a short briefing from an evidence pack)".',
          forQuestions: [1, 2],
          minutes: 60,
        },
        {
          action:
            'Read two published ministerial submissions or impact assessments and note their structure: decision, recommendation, options, handling.',
          because:
            'You will "Draft submissions, briefings and answers to parliamentary questions for ministers, to tight deadlines".',
          forQuestions: [1],
          minutes: 45,
        },
        {
          action:
            'Prepare to explain the voucher scheme in plain words: who it helps, what it costs, what is not working.',
          because: 'You would "Lead one strand of the programme: the voucher scheme".',
          forQuestions: [1, 2],
          minutes: 30,
        },
        {
          action:
            'Review the Civil Service Code on objectivity, in case you are asked about pressure to drop a caveat.',
          because: 'The role gives "clear written advice for senior decision-makers", including ministers.',
          forQuestions: [2],
          minutes: 20,
        },
      ],
      strategy:
        'Show that you can turn messy evidence into clear, honest advice quickly. The written exercise tests exactly this, so practise under time; the panel interview is on the behaviours, so frame technical answers as examples of Making Effective Decisions or Delivering at Pace, with a clear recommendation, real options and handling. Knowledge of telecoms is desirable, not essential: show you can learn a market fast.',
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
            'Tell me about a time you had to produce written advice for a senior decision-maker to a very tight deadline.',
          category: 'Delivering at Pace',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'The ability to prioritise and deliver to tight deadlines',
          stage: PANEL_INTERVIEW,
          kind: 'star',
          evaluates: ['Delivering at Pace (a stated behaviour)', 'prioritising written work under time pressure'],
          strongAnswerSignals: [
            'plans the work backwards from the deadline and gets quick input',
            'keeps quality where it matters most and says what was left out',
            'keeps others informed of progress and risks',
          ],
          redFlags: ['missed the deadline and calls it thoroughness', 'no personal actions', 'no result'],
          steps: starSteps(
            'About 15 seconds: the request, who it was for and the deadline.',
            'About 15 seconds: what you were responsible for delivering.',
            'About 90 seconds: how you planned, gathered evidence, got quick input and cleared it, and what you chose to leave out.',
            'About 30 seconds: delivered on time, how it was used, and what you would do again. About two and a half minutes in all.',
          ),
          hints: [
            'Choose a real piece of written advice to a deadline of hours or days; panels score each behaviour, so make your own actions explicit.',
            'At this level the scope is your own piece of work, delivered with others.',
          ],
          followUps: ['What did you drop to meet the deadline?'],
        }),
        exampleQuestion({
          question:
            'Tell me about a time you had to bring round a stakeholder whose interests conflicted with what you were proposing.',
          category: 'Communicating and Influencing',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'including when interests conflict',
          stage: PANEL_INTERVIEW,
          kind: 'star',
          evaluates: [
            'Communicating and Influencing (a stated behaviour)',
            'working with an external stakeholder who disagrees',
          ],
          strongAnswerSignals: [
            "understands the other side's interests before arguing",
            'adapts the message and the evidence to the audience',
            'reaches an outcome both sides can accept, with the relationship intact',
          ],
          redFlags: [
            '"won" by going over their head',
            'no understanding of their interest',
            'relationship left damaged',
          ],
          steps: starSteps(
            'About 15 seconds: the proposal and the stakeholder, with their interest.',
            'About 15 seconds: what you needed from them.',
            'About 90 seconds: how you listened, found common ground, used evidence and adapted your case.',
            'About 30 seconds: the outcome and how the relationship stood afterwards. About two and a half minutes in all.',
          ),
          hints: [
            'A council, a supplier or a community group fits this posting; any external partner works.',
            'At SEO level pick a relationship you owned yourself, not one your manager handled; keep the stakeholder anonymous.',
          ],
          followUps: ['What would you have done if they had still refused?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Prepare one example for each of the four behaviours: Seeing the Big Picture, Making Effective Decisions, Communicating and Influencing, Delivering at Pace.',
          because: 'The posting says: "We will assess you against these Success Profiles behaviours".',
          forQuestions: [1, 2],
          minutes: 90,
        },
        {
          action:
            'Write each example in STAR form at about 250 words and practise telling it in two to three minutes: 30 seconds of situation and task, 90 of your actions, 30 of result.',
          because: 'Stage 2 ends with "a 45-minute panel interview on the behaviours".',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action: 'Reuse your strongest examples in the 500-word personal statement against the essential criteria.',
          because: 'Stage 1 is "a CV and a 500-word personal statement against the essential criteria".',
          forQuestions: [],
          minutes: 60,
        },
        {
          action: 'Do one timed practice of the written exercise as well, since it comes straight before the panel.',
          because:
            'Stage 2 is "a 20-minute written exercise (a short briefing from an evidence pack), then a 45-minute panel interview".',
          forQuestions: [],
          minutes: 30,
        },
      ],
      strategy:
        'The panel will score the four named behaviours, so prepare one clear example for each, name the behaviour and make your actions explicit. Choose examples close to the role (written advice to deadlines, stakeholders with conflicting interests), and keep Seeing the Big Picture and Making Effective Decisions ready even though these questions start with the other two.',
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
            'Write the summary and recommendation of a one-page briefing: should the department raise the voucher for the most remote premises from £1,500 to £2,500?',
          category: 'options paper',
          difficulty: 'easy',
          minutes: 20,
          basedOn: 'helps rural households and businesses pay for gigabit connections',
          stage: WRITTEN_EXERCISE,
          kind: 'case_structure',
          evaluates: [
            'turning complex evidence into clear written advice (essential)',
            'costing options within a budget',
          ],
          strongAnswerSignals: [
            'works out £18m today and £20m with the raise, within the £24m left',
            'names the risk of suppliers raising prices to the new voucher value',
            'makes a clear recommendation with a review point',
          ],
          redFlags: ['no figures', 'recommends without the budget check', 'ignores the price risk'],
          steps: [
            ['Decision', 'State the question, the deadline and your recommendation in two lines.'],
            [
              'Cost',
              'Today: 10,000 x £1,500 + 2,000 x £1,500 = £18m. Raised: £15m + 2,000 x £2,500 = £20m, within the £24m left.',
            ],
            [
              'Effect',
              'At £2,500 the remote gap falls from £1,900 to £900 per premises, so take-up should rise; say what is uncertain.',
            ],
            [
              'Risks',
              'Suppliers may raise prices to the new voucher value; propose price checks and a review after six months.',
            ],
          ],
          hints: ['Can the budget pay for both groups if everyone takes up the voucher?'],
          followUps: ['Finance says the £24m must also cover next year. What changes?'],
          caseStudy: {
            scenario:
              'Take-up of the voucher scheme is low among the most remote rural premises, where connections cost most.',
            dataProvided: [
              '12,000 eligible premises remain unconnected',
              '10,000 of them have an average connection cost of £1,400',
              'The other 2,000 average £3,400, and only 5% have used a voucher',
              'Budget left this year: £24m',
            ],
            expectedApproach:
              'Show that raising the voucher for the 2,000 remote premises costs at most £2m more (£20m against £24m), that a £900 gap remains, recommend the change with safeguards against price rises, and set a review point.',
          },
        }),
        exampleQuestion({
          question:
            'A rural MP writes that the scheme is "failing the countryside", citing 9% take-up in her constituency against 35% nationally. Draft the advice and the lines to take for the minister.',
          category: 'handling and lines to take',
          difficulty: 'medium',
          minutes: 20,
          basedOn: 'Draft submissions, briefings and answers to parliamentary questions for ministers',
          stage: WRITTEN_EXERCISE,
          kind: 'case_structure',
          evaluates: [
            'drafting briefings for ministers to tight deadlines (a listed duty)',
            'handling a critic whose interests conflict with the department',
          ],
          strongAnswerSignals: [
            "checks the MP's figure (288 of 3,200 is 9%) before answering",
            'explains the gap honestly by the remote share and the supplier withdrawal',
            'offers a meeting and joint outreach with the council',
          ],
          redFlags: ['disputes a correct figure', 'defensive lines', 'no practical offer'],
          steps: [
            ['Check the facts', '288 of 3,200 eligible premises is 9%: her figure is right.'],
            [
              'Explain',
              "60% of her constituency's premises are in the remote group, and a supplier left the area in March.",
            ],
            ['Lines to take', 'Acknowledge the gap, give the national picture fairly, and say what is being done.'],
            ['Offer', 'Propose a meeting with officials and targeted outreach with the council.'],
          ],
          hints: ["Is the MP's figure right?"],
          followUps: ['The MP asks for a date when take-up will reach the national level. What do you advise?'],
          caseStudy: {
            scenario: "An MP's letter criticises the voucher scheme in her rural constituency ahead of a debate.",
            dataProvided: [
              '3,200 eligible premises in the constituency, 288 vouchers used',
              'National take-up: 35%',
              "60% of the constituency's eligible premises are in the remote, high-cost group",
              'The main local supplier withdrew in March',
            ],
            expectedApproach:
              'Confirm the 9% figure, explain it by the remote share and the supplier withdrawal, draft honest lines to take, and recommend a meeting and joint outreach with the council.',
          },
        }),
      ],
      preparationPlan: [
        {
          action:
            'Practise the 20-minute written exercise: read an evidence pack, write a one-page briefing with a recommendation, check your arithmetic.',
          because: 'Stage 2 begins with "a 20-minute written exercise (a short briefing from an evidence pack)".',
          forQuestions: [1, 2],
          minutes: 60,
        },
        {
          action:
            'Learn the standard layout of a submission and of lines to take, and draft one of each on the voucher scheme.',
          because: 'You will "Draft submissions, briefings and answers to parliamentary questions for ministers".',
          forQuestions: [2],
          minutes: 45,
        },
        {
          action: 'Prepare to talk about how you would work with Ofcom and councils on the scheme.',
          because: 'You will "Build relationships with councils, suppliers, Ofcom and rural community groups".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action: 'Bring a view on one risk you would report to the programme board, and how you would reduce it.',
          because: 'You will "Manage the risks on your strand and report them to the programme board".',
          forQuestions: [1],
          minutes: 20,
        },
      ],
      strategy:
        'The written exercise rewards a clear recommendation, accurate figures and honest handling. Check every number in the evidence pack, lead with the decision in the first two lines, and show you can work with stakeholders who disagree; in 20 minutes a short, correct briefing beats a long one.',
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
            'What will the voucher strand need from me in the first three months, and what is the next big decision ministers have to take on it?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'Lead one strand of the programme',
          stage: PANEL_INTERVIEW,
          kind: 'why_ask',
          evaluates: [
            'how clear the priorities are',
            'how soon you would advise ministers',
            'the state of the programme',
          ],
          strongAnswerSignals: [
            'a named next decision and its timeline',
            'a clear handover from the previous owner',
            'how soon you would brief ministers yourself',
          ],
          redFlags: ['no clear priorities', 'the strand has had several owners in a year', 'no handover planned'],
          steps: [
            ['Why ask this', 'It shows you are ready to lead the strand and tells you what you inherit.'],
            ['What a good answer sounds like', 'A named decision, a timeline and a clear handover.'],
            ['Warning signs', 'No one knows what the next decision is.'],
          ],
          hints: ['Safe at the end of the panel interview.'],
          followUps: ['Who held the strand before, and where did they leave it?'],
        }),
        exampleQuestion({
          question: 'How are submissions cleared in the team, and how often do tight deadlines mean a step is skipped?',
          category: 'ways of working',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'to tight deadlines',
          stage: PANEL_INTERVIEW,
          kind: 'why_ask',
          evaluates: ['how the team manages pace and quality', 'support from senior officials', 'pressure on the role'],
          strongAnswerSignals: [
            'a clear clearance route for submissions',
            'honesty about when it is shortened and how the risk is managed',
            'feedback on drafts rather than silent rewrites',
          ],
          redFlags: ['no clearance route', 'deadlines always met by long hours', 'drafts rewritten without feedback'],
          steps: [
            ['Why ask this', 'The posting stresses tight deadlines; clearance shows how the team copes.'],
            [
              'What a good answer sounds like',
              'A clear clearance route, and honesty about when it is shortened and how risks are managed.',
            ],
            ['How to follow up', 'Ask how feedback on drafts is given.'],
          ],
          hints: ['Phrase it as wanting to deliver good advice at pace.'],
          followUps: ['What does good feedback on a draft look like here?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Turn what the posting leaves open (the state of the strand, how clearance works) into questions.',
          because: 'You would "Lead one strand of the programme" but the posting does not say where it stands.',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action: 'Keep your two questions short for the end of the panel interview.',
          because: 'The panel is "a 45-minute panel interview on the behaviours", so little time is left at the end.',
          forQuestions: [1, 2],
          minutes: 5,
        },
        {
          action: 'Prepare one question about working with the other departments and partners the posting mentions.',
          because: 'The team works "with other departments, the regulator Ofcom, councils and community groups".',
          forQuestions: [],
          minutes: 10,
        },
        {
          action: 'Ask how the learning allowance is used in practice.',
          because: 'The benefits include "flexible working and a learning allowance".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action:
            'Save questions about hybrid working patterns for after the panel, unless they decide your application.',
          because: 'The role is "Permanent, hybrid (60% in the office)".',
          forQuestions: [],
          minutes: 5,
        },
      ],
      strategy:
        'Use your questions to learn what you inherit and how the team keeps quality at pace. Ask at the end of the panel interview, keep them short, and link them to the voucher strand you would lead so they show informed interest.',
    },
  },
];
