import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Team Leader – Customer Contact Centre
Northvale Water · Halifax, West Yorkshire · £31,500 – £34,000 · Full-time, 37 hours (rota between 8 a.m. and 8 p.m., one Saturday in four)

Northvale Water supplies drinking water to 1.9 million people. Our customer contact centre in Halifax answers around 4,000 calls, emails and web chats a day about bills, payment plans, leaks and supply interruptions.

The role
You will lead a team of 12 customer advisers, making sure customers get the right answer first time and that customers in vulnerable circumstances get the extra support they need.
- Coach your advisers through call listening, one-to-ones and team huddles.
- Manage performance against our service measures: first-contact resolution, customer satisfaction and quality scores.
- Manage schedules and absence with the planning team so that we meet demand, especially during incidents such as burst mains, when contact volumes can triple.
- Handle escalated complaints and make sure we learn from them.
- Make sure the team follows our data protection and Priority Services Register procedures.

What you will bring
- Experience of leading or coaching a team in a customer service environment (essential).
- Experience of managing performance, including difficult conversations (essential).
- A calm approach during busy periods and incidents.
- Good with numbers: you can read a performance dashboard and explain it to your team.
- Experience in a regulated industry (desirable).

Our values
Customers first, Do the right thing, One team.

Selection
An online application, a telephone interview, then an assessment centre with a role-play (a coaching conversation with an adviser) and a competency-based interview.

We offer 26 days' holiday plus bank holidays, a 7% matched pension, a bonus scheme and free parking. Apply at northvalewater.co.uk/careers by 30 April.`;

const base = { sector: 'general', experienceLevel: 'mid', jobDescription: POSTING } as const;

const TELEPHONE_INTERVIEW = 'telephone interview';
const ASSESSMENT_CENTRE = 'assessment centre';
const ROLE_PLAY = 'role-play';
const COMPETENCY_INTERVIEW = 'competency-based interview';

const POSTING_ANALYSIS = {
  occupation: 'contact centre team leader',
  sector: 'water utility customer service',
  assessedCompetencies: ['Customers first', 'Do the right thing', 'One team'],
  interviewStages: [TELEPHONE_INTERVIEW, ASSESSMENT_CENTRE, ROLE_PLAY, COMPETENCY_INTERVIEW],
};

/** The neutral examples, used when no sector is detected: a contact-centre team leader posting. */
export const GENERAL_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            "An adviser takes a call from a customer who cannot pay this month's bill and sounds distressed. What should the adviser do on the call, and which of our procedures apply?",
          category: 'procedures and standards',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'customers in vulnerable circumstances get the extra support they need',
          stage: TELEPHONE_INTERVIEW,
          kind: 'approach',
          evaluates: [
            'supporting customers in vulnerable circumstances (a listed duty)',
            'knowledge of the procedures that apply',
          ],
          strongAnswerSignals: [
            'knows the support options beyond a payment plan',
            'offers the Priority Services Register with consent',
            'records only what is needed, in line with data protection',
          ],
          redFlags: [
            'pushes for payment first',
            'records more personal detail than needed',
            'does not know the Priority Services Register',
          ],
          steps: [
            ['Listen', 'Let the customer explain, acknowledge the distress and check whether anyone is at risk.'],
            ['Options', 'Offer a payment plan, payment break or social tariff check, as the procedures allow.'],
            ['Register', 'Offer the Priority Services Register and explain what it gives; record consent.'],
            [
              'Record and follow up',
              'Note only what is needed, under data protection rules, and book a follow-up call.',
            ],
          ],
          hints: ['What support exists beyond a payment plan?'],
          followUps: ['The customer mentions they rely on water for a medical condition. What changes?'],
        }),
        exampleQuestion({
          question:
            'A burst main cuts supply to 20,000 homes at 7 a.m. and contact volumes triple. What do you do in the first hour with your team of 12?',
          category: 'incident handling',
          difficulty: 'medium',
          minutes: 10,
          basedOn: 'when contact volumes can triple',
          stage: COMPETENCY_INTERVIEW,
          kind: 'approach',
          evaluates: ['managing schedules during incidents (a listed duty)', 'keeping a team calm and informed'],
          strongAnswerSignals: [
            'works with the planning team on cover in the first minutes',
            'gives advisers a short script and updates it every 30 minutes',
            'calls Priority Services Register customers in the area first',
          ],
          redFlags: [
            'no contact with the incident or planning teams',
            'advisers left without updates',
            'vulnerable customers not prioritised',
          ],
          steps: [
            [
              'Get the facts',
              'Find out the affected area, the restore estimate and the bottled-water plan from the incident team.',
            ],
            ['Staff', 'Agree with planning: cancel training and huddles, offer overtime, move chat staff to calls.'],
            ['Brief', 'Give advisers a short script and update it every 30 minutes.'],
            ['Prioritise', 'Identify Priority Services Register customers in the area for outbound calls.'],
            ['Look after the team', 'Rotate breaks and watch for stress from angry callers.'],
          ],
          hints: ['Who needs to hear from you in the first ten minutes?'],
          followUps: ['The restore time slips from noon to 6 p.m. What do you change?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Revise how payment plans, support schemes and the Priority Services Register work at a water company.',
          because: 'The team must follow "our data protection and Priority Services Register procedures".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action: 'Prepare how you would run an incident shift with a team of 12, hour by hour.',
          because: 'The posting warns of "incidents such as burst mains, when contact volumes can triple".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action: 'Practise explaining one dashboard measure, such as first-contact resolution, in plain words.',
          because: 'You should be able to "read a performance dashboard and explain it to your team".',
          forQuestions: [],
          minutes: 15,
        },
        {
          action:
            'Prepare for the coaching role-play: a short structure for listening, specific feedback and agreed actions.',
          because: 'The assessment centre includes "a role-play (a coaching conversation with an adviser)".',
          forQuestions: [],
          minutes: 30,
        },
      ],
      strategy:
        'Show that you know the procedures that protect customers and can run a team calmly when volumes triple. Expect procedure questions as early as the telephone interview; the assessment centre adds a coaching role-play, so practise a real coaching conversation as well as your answers.',
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
            'Tell me about a time you helped a customer in a vulnerable situation get support beyond the usual process.',
          category: 'Customers first',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'Customers first',
          stage: COMPETENCY_INTERVIEW,
          kind: 'star',
          evaluates: ['Customers first (a stated value)', 'working across teams for a vulnerable customer'],
          strongAnswerSignals: [
            'spots vulnerability and responds with care',
            'involves the right team to get the support',
            'stays within policy and data protection',
          ],
          redFlags: [
            'breaks policy or confidentiality to help',
            'no real outcome',
            'the customer is described without respect',
          ],
          steps: starSteps(
            "About 15 seconds: the customer's situation, kept anonymous.",
            'About 15 seconds: what you were responsible for.',
            'About 90 seconds: what you noticed, whom you involved and what you did beyond the usual script.',
            'About 30 seconds: the outcome for the customer and any change to the process. About two and a half minutes in all.',
          ),
          hints: [
            'Pick a recent case you handled or coached an adviser through.',
            'At this level show how you would help your whole team do the same.',
          ],
          followUps: ['How did you share what you learned with your team?'],
        }),
        exampleQuestion({
          question: 'Tell me about a difficult conversation you had with a team member about their performance.',
          category: 'Do the right thing',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'Experience of managing performance, including difficult conversations',
          stage: COMPETENCY_INTERVIEW,
          kind: 'star',
          evaluates: [
            'Do the right thing (a stated value) and managing performance (essential)',
            'fairness in a difficult conversation',
          ],
          strongAnswerSignals: [
            'prepares with evidence from call listening and scores',
            'is honest and fair, and listens',
            'agrees actions and follows up',
          ],
          redFlags: ['avoided the conversation', 'no evidence', 'no follow-up'],
          steps: starSteps(
            "About 15 seconds: the team member's role and the performance issue, kept anonymous.",
            'About 15 seconds: your responsibility as their leader.',
            'About 90 seconds: how you prepared (call listening, scores), held the conversation, listened and agreed support.',
            'About 30 seconds: how their performance changed, and what you would do earlier next time. About two and a half minutes in all.',
          ),
          hints: [
            'Choose a real conversation with evidence, not a personality clash.',
            'At team-leader level the scope is someone you managed or coached directly; show both care and clear expectations.',
          ],
          followUps: ['What would you have done if nothing had improved?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Prepare one story for each value: Customers first, Do the right thing and One team.',
          because: 'The posting names its values: "Customers first, Do the right thing, One team."',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action: 'Prepare a coaching story with the measure that improved.',
          because: 'You will "Coach your advisers through call listening, one-to-ones and team huddles".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action: 'Have an incident story ready: a busy day you kept under control.',
          because: 'The posting asks for "A calm approach during busy periods and incidents".',
          forQuestions: [],
          minutes: 20,
        },
        {
          action:
            'Practise each story at two to three minutes for the competency-based interview: about 30 seconds of setting, 90 of what you did, 30 of result.',
          because: 'The assessment centre ends with "a competency-based interview".',
          forQuestions: [1, 2],
          minutes: 30,
        },
      ],
      strategy:
        'The competency-based interview will look for the values named in the posting, so name the value each story shows. Choose stories of coaching, fair performance conversations and calm incidents, and keep a One team story ready for the question these two do not cover.',
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
            "Here is last week's dashboard for four of your advisers. Whom do you coach first, on what, and how?",
          category: 'coaching from data',
          difficulty: 'easy',
          minutes: 15,
          basedOn: 'you can read a performance dashboard and explain it to your team',
          stage: ASSESSMENT_CENTRE,
          kind: 'case_structure',
          evaluates: ['reading a performance dashboard (a listed skill)', 'choosing a coaching priority'],
          strongAnswerSignals: [
            'looks at resolution and quality alongside speed',
            'picks adviser C first: fast calls but 58% first-contact resolution',
            'plans a specific session with call listening and a review date',
          ],
          redFlags: ['coaches the slowest adviser only', 'ignores quality', 'no follow-up date'],
          steps: [
            ['Read', 'Compare each adviser with the team targets: first-contact resolution 75%, quality 85%.'],
            ['Prioritise', 'Adviser C: fast calls but 58% first-contact resolution, so customers call back.'],
            ['Plan', "Listen to three of C's calls together, agree one change and review in a week."],
            ['Others', "Recognise A's quality, and check whether D's long calls are complex cases."],
          ],
          hints: ['Is the fastest adviser the best one?'],
          followUps: ['Adviser C says the targets push them to rush. How do you respond?'],
          caseStudy: {
            scenario: 'Your weekly one-to-ones are due and you can coach one adviser in depth this week.',
            dataProvided: [
              'Adviser A: first-contact resolution 81%, quality 92%, average call 7 minutes',
              'Adviser B: 76%, 86%, 6 minutes',
              'Adviser C: 58%, 80%, 4 minutes',
              'Adviser D: 74%, 88%, 11 minutes',
              'Team targets: first-contact resolution 75%, quality 85%',
            ],
            expectedApproach:
              "Coach adviser C first: short calls with low first-contact resolution create repeat calls. Plan call listening and one agreed change, and check D's longer calls before treating them as a problem.",
          },
        }),
        exampleQuestion({
          question:
            'The forecast for tomorrow is 4,200 contacts, and your team must take 12% of them. With two advisers on leave, will you cover the demand, and what do you do if not?',
          category: 'workforce planning',
          difficulty: 'medium',
          minutes: 15,
          basedOn: 'Manage schedules and absence with the planning team',
          stage: ASSESSMENT_CENTRE,
          kind: 'case_structure',
          evaluates: [
            'managing schedules with the planning team (a listed duty)',
            'demand against capacity arithmetic',
          ],
          strongAnswerSignals: [
            'works out 504 contacts against 400 of capacity, a gap of about 104',
            'turns the gap into about 2.6 advisers',
            'closes it with training moves and overtime agreed with planning, without cancelling leave',
          ],
          redFlags: ['no calculation', 'cancels leave without need', 'does not involve the planning team'],
          steps: [
            ['Demand', '12% of 4,200 is 504 contacts.'],
            ['Capacity', '10 advisers x 40 contacts a day = 400: a gap of about 104 contacts, or about 2.6 advisers.'],
            ['Close the gap', 'Move training to another day, offer overtime, and shift chat to the quieter afternoon.'],
            ['Agree and watch', 'Agree the plan with planning and watch the queue every hour.'],
          ],
          hints: ['How many contacts can your team take with 10 advisers?'],
          followUps: ['A burst main adds another 1,000 contacts by 10 a.m. What now?'],
          caseStudy: {
            scenario: "You are planning tomorrow's cover with the planning team.",
            dataProvided: [
              'Forecast: 4,200 contacts for the centre',
              "Your team's share: 12%",
              '12 advisers, 2 on leave',
              'Average: 40 contacts per adviser per day',
            ],
            expectedApproach:
              'Compute 504 contacts against 400 of capacity, a gap of about 104 (2.6 advisers), and close it with training moves and overtime agreed with planning, without cancelling leave.',
          },
        }),
      ],
      preparationPlan: [
        {
          action: 'Practise reading a four-measure dashboard and choosing one coaching priority.',
          because: 'The service measures are "first-contact resolution, customer satisfaction and quality scores".',
          forQuestions: [1],
          minutes: 20,
        },
        {
          action: "Practise demand-versus-capacity sums for a day's cover, by hand.",
          because: 'You will "Manage schedules and absence with the planning team so that we meet demand".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action: 'Prepare for the role-play: open, listen, give specific feedback, agree an action and a review date.',
          because: 'The assessment centre includes "a role-play (a coaching conversation with an adviser)".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action: "Think through how you would explain a bad week's numbers to your team.",
          because: 'You should be able to "read a performance dashboard and explain it to your team".',
          forQuestions: [1],
          minutes: 15,
        },
      ],
      strategy:
        'Use the figures given, show your sums, and end with a clear action. The assessment centre looks for calm, fair, data-informed leadership of a team of 12, and the dashboard case leads naturally into the coaching role-play, so keep the adviser you chose in mind.',
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
          question: 'Which of the service measures matters most to my manager, and how are team leaders judged on it?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'Manage performance against our service measures',
          stage: TELEPHONE_INTERVIEW,
          kind: 'why_ask',
          evaluates: ['how performance is judged', 'whether measures are balanced', 'clarity of expectations'],
          strongAnswerSignals: [
            'a balance of resolution and quality, not only speed',
            'coaching time and support to meet the measures',
            'how the team did last quarter',
          ],
          redFlags: ['speed valued over resolution', 'targets changed often', 'no support to meet them'],
          steps: [
            ['Why ask this', 'The posting lists several measures; you need to know the real priority.'],
            ['What a good answer sounds like', 'A balance of resolution and quality, and support to meet them.'],
            ['Warning signs', 'Only call speed matters.'],
          ],
          hints: ['Safe at the telephone interview or later.'],
          followUps: ['How did the team do on it last quarter?'],
        }),
        exampleQuestion({
          question:
            'How many advisers have left the team in the last year, and what support do team leaders get when an incident triples contacts?',
          category: 'stability and resources',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'when contact volumes can triple',
          stage: ASSESSMENT_CENTRE,
          kind: 'why_ask',
          evaluates: ['staff turnover', 'how incidents are resourced', 'support for team leaders'],
          strongAnswerSignals: [
            'an honest turnover figure',
            'a clear incident plan with extra staff',
            'a change made after the last major incident',
          ],
          redFlags: ['high turnover brushed aside', 'no incident plan', 'team leaders take calls all day in incidents'],
          steps: [
            ['Why ask this', 'Turnover and incident load decide how hard the role is.'],
            ['What a good answer sounds like', 'An honest turnover figure and a clear incident plan with extra staff.'],
            ['How to follow up', 'Ask what changed after the last major incident.'],
          ],
          hints: ['Ask at the assessment centre, once there is some rapport.'],
          followUps: ['What would you change about how the last incident was handled?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Turn what the posting leaves open (team turnover, incident support) into questions.',
          because: 'The posting says "contact volumes can triple" in incidents but not how team leaders are supported.',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action:
            'Ask one safe question at the telephone interview, keep the more delicate one for the assessment centre, and note each answer to compare with other offers.',
          because: 'Selection is "a telephone interview, then an assessment centre".',
          forQuestions: [1, 2],
          minutes: 10,
        },
        {
          action: 'Ask how coaching time is protected in a busy week.',
          because: 'You will "Coach your advisers through call listening, one-to-ones and team huddles".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action: 'Ask how the bonus scheme is measured.',
          because: 'The package includes "a bonus scheme".',
          forQuestions: [],
          minutes: 5,
        },
      ],
      strategy:
        'Use your questions to check that quality and coaching are valued, not only speed, and that incidents are properly resourced. Start with the safe question at the telephone interview and keep turnover for the assessment centre, once you have met the people you would work with.',
    },
  },
];
