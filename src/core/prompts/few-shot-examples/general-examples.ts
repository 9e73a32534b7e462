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

/** The neutral examples, used when no sector is detected: a contact-centre team leader posting. */
export const GENERAL_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      questions: [
        exampleQuestion({
          question:
            "An adviser takes a call from a customer who cannot pay this month's bill and sounds distressed. What should the adviser do on the call, and which of our procedures apply?",
          category: 'procedures and standards',
          difficulty: 'easy',
          minutes: 5,
          kind: 'approach',
          evaluates: [
            'supporting customers in vulnerable circumstances (a listed duty)',
            'knows the payment-plan and support options',
            'offers the Priority Services Register with consent',
            'records the call in line with data protection',
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
          redFlags: [
            'pushes for payment first',
            'records more personal detail than needed',
            'does not know the Priority Services Register',
          ],
        }),
        exampleQuestion({
          question:
            'A burst main cuts supply to 20,000 homes at 7 a.m. and contact volumes triple. What do you do in the first hour with your team of 12?',
          category: 'incident handling',
          difficulty: 'medium',
          minutes: 10,
          kind: 'approach',
          evaluates: [
            'managing schedules during incidents (a listed duty)',
            'works with the planning team on cover',
            'gives advisers clear, current information',
            'protects vulnerable customers first',
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
          redFlags: [
            'no contact with the incident or planning teams',
            'advisers left without updates',
            'vulnerable customers not prioritised',
          ],
        }),
      ],
      recommendations: [
        'Revise how payment plans and the Priority Services Register work at a water company.',
        'Prepare how you would run an incident shift with a team of 12, hour by hour.',
        'Practise explaining one dashboard measure, such as first-contact resolution, in plain words.',
        'Prepare for the coaching role-play: a short structure for listening, feedback and agreed actions.',
      ],
      strategy:
        'Show that you know the procedures that protect customers and can run a team calmly when volumes triple. The assessment centre includes a coaching role-play, so practise a real coaching conversation as well as your answers.',
    },
  },
  {
    ...base,
    interviewType: 'behavioral',
    reply: {
      questions: [
        exampleQuestion({
          question:
            'Tell me about a time you helped a customer in a vulnerable situation get support beyond the usual process.',
          category: 'Customers first',
          difficulty: 'easy',
          minutes: 5,
          kind: 'star',
          evaluates: [
            'Customers first (a stated value)',
            'spots vulnerability and responds with care',
            'works across teams to get the right support',
            'stays within policy and data protection',
          ],
          steps: starSteps(
            "About 15 seconds: the customer's situation, kept anonymous.",
            'About 15 seconds: what you were responsible for.',
            'About 90 seconds: what you noticed, whom you involved and what you did beyond the usual script.',
            'About 30 seconds: the outcome for the customer and any change to the process.',
          ),
          hints: [
            'Pick a recent case you handled or coached an adviser through.',
            'At this level show how you would help your whole team do the same.',
          ],
          followUps: ['How did you share what you learned with your team?'],
          redFlags: [
            'breaks policy or confidentiality to help',
            'no real outcome',
            'the customer is described without respect',
          ],
        }),
        exampleQuestion({
          question: 'Tell me about a difficult conversation you had with a team member about their performance.',
          category: 'Do the right thing',
          difficulty: 'medium',
          minutes: 5,
          kind: 'star',
          evaluates: [
            'Do the right thing (a stated value) and managing performance (essential)',
            'prepares with evidence',
            'is honest and fair, and listens',
            'agrees actions and follows up',
          ],
          steps: starSteps(
            "About 15 seconds: the team member's role and the performance issue, kept anonymous.",
            'About 15 seconds: your responsibility as their leader.',
            'About 90 seconds: how you prepared (call listening, scores), held the conversation, listened and agreed support.',
            'About 30 seconds: how their performance changed, and what you would do earlier next time.',
          ),
          hints: [
            'Choose a real conversation with evidence, not a personality clash.',
            'Show both care and clear expectations.',
          ],
          followUps: ['What would you have done if nothing had improved?'],
          redFlags: ['avoided the conversation', 'no evidence', 'no follow-up'],
        }),
      ],
      recommendations: [
        'Prepare one story for each value: Customers first, Do the right thing and One team.',
        'Prepare a coaching story with the measure that improved.',
        'Have an incident story ready: a busy day you kept under control.',
        'Practise each story at two to three minutes for the competency-based interview.',
      ],
      strategy:
        'The competency-based interview will look for the values named in the posting, so name the value each story shows. Choose stories of coaching, fair performance conversations and calm incidents.',
    },
  },
  {
    ...base,
    interviewType: 'case_study',
    reply: {
      questions: [
        exampleQuestion({
          question:
            "Here is last week's dashboard for four of your advisers. Whom do you coach first, on what, and how?",
          category: 'coaching from data',
          difficulty: 'easy',
          minutes: 15,
          kind: 'case_structure',
          evaluates: [
            'reading a performance dashboard (a listed skill)',
            'looks at quality alongside speed',
            'picks the biggest customer impact first',
            'plans a specific coaching session',
          ],
          steps: [
            ['Read', 'Compare each adviser with the team targets: first-contact resolution 75%, quality 85%.'],
            ['Prioritise', 'Adviser C: fast calls but 58% first-contact resolution, so customers call back.'],
            ['Plan', "Listen to three of C's calls together, agree one change and review in a week."],
            ['Others', "Recognise A's quality, and check whether D's long calls are complex cases."],
          ],
          hints: ['Is the fastest adviser the best one?'],
          followUps: ['Adviser C says the targets push them to rush. How do you respond?'],
          redFlags: ['coaches the slowest adviser only', 'ignores quality', 'no follow-up date'],
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
          kind: 'case_structure',
          evaluates: [
            'managing schedules with the planning team (a listed duty)',
            'works out demand against capacity',
            'chooses fair, practical ways to close the gap',
            'agrees the plan with the planning team',
          ],
          steps: [
            ['Demand', '12% of 4,200 is 504 contacts.'],
            ['Capacity', '10 advisers x 40 contacts a day = 400: a gap of about 104 contacts, or about 2.6 advisers.'],
            ['Close the gap', 'Move training to another day, offer overtime, and shift chat to the quieter afternoon.'],
            ['Agree and watch', 'Agree the plan with planning and watch the queue every hour.'],
          ],
          hints: ['How many contacts can your team take with 10 advisers?'],
          followUps: ['A burst main adds another 1,000 contacts by 10 a.m. What now?'],
          redFlags: ['no calculation', 'cancels leave without need', 'does not involve the planning team'],
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
      recommendations: [
        'Practise reading a four-measure dashboard and choosing one coaching priority.',
        "Practise demand-versus-capacity sums for a day's cover.",
        'Prepare for the role-play: open, listen, give specific feedback, agree an action.',
        "Think through how you would explain a bad week's numbers to your team.",
      ],
      strategy:
        'Use the figures given, show your sums, and end with a clear action. The assessment centre looks for calm, fair, data-informed leadership of a team of 12.',
    },
  },
  {
    ...base,
    interviewType: 'reverse',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Which of the service measures matters most to my manager, and how are team leaders judged on it?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          kind: 'why_ask',
          evaluates: ['how performance is judged', 'whether measures are balanced', 'clarity of expectations'],
          steps: [
            ['Why ask this', 'The posting lists several measures; you need to know the real priority.'],
            ['What a good answer sounds like', 'A balance of resolution and quality, and support to meet them.'],
            ['Warning signs', 'Only call speed matters.'],
          ],
          hints: ['Safe at the telephone interview or later.'],
          followUps: ['How did the team do on it last quarter?'],
          redFlags: ['speed valued over resolution', 'targets changed often', 'no support to meet them'],
        }),
        exampleQuestion({
          question:
            'How many advisers have left the team in the last year, and what support do team leaders get when an incident triples contacts?',
          category: 'stability and resources',
          difficulty: 'medium',
          minutes: 4,
          kind: 'why_ask',
          evaluates: ['staff turnover', 'how incidents are resourced', 'support for team leaders'],
          steps: [
            ['Why ask this', 'Turnover and incident load decide how hard the role is.'],
            ['What a good answer sounds like', 'An honest turnover figure and a clear incident plan with extra staff.'],
            ['How to follow up', 'Ask what changed after the last major incident.'],
          ],
          hints: ['Ask at the assessment centre, once there is some rapport.'],
          followUps: ['What would you change about how the last incident was handled?'],
          redFlags: ['high turnover brushed aside', 'no incident plan', 'team leaders take calls all day in incidents'],
        }),
      ],
      recommendations: [
        'Turn what the posting leaves open (team turnover, incident support) into questions.',
        'Ask how coaching time is protected in a busy week.',
        'Ask how the bonus scheme is measured.',
        'Note each answer after every stage to compare with other offers.',
      ],
      strategy:
        'Use your questions to check that quality and coaching are valued, not only speed, and that incidents are properly resourced.',
    },
  },
];
