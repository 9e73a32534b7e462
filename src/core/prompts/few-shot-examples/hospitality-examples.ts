import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Senior Sous Chef – The Orchard Room, Harwell Manor Hotel
Harwell Manor Hotel & Spa · Cotswolds · £38,000 + service charge (about £5,000 last year) · Full-time

Harwell Manor is a 42-bedroom country house hotel. Its restaurant, The Orchard Room, holds two AA Rosettes and serves up to 70 covers at dinner, plus breakfast for hotel guests, afternoon teas and summer weddings of up to 120 guests.

The role
As Senior Sous Chef you run the kitchen when the Head Chef is off (two days a week) and help lead a brigade of nine, including two apprentices.
- Run the pass at dinner service and keep standards consistent at Rosette level.
- Cost dishes and help write seasonal menus; we target a 72% gross profit on food.
- Order from our suppliers, run weekly stock takes and keep waste under 4% of food purchases.
- Manage HACCP: temperature records, cooling logs, cleaning schedules and the kitchen diary; we hold a 5-star food hygiene rating.
- Keep the allergen matrix up to date for every dish and brief front of house before each service.
- Train the apprentices and write the kitchen rota with the Head Chef.

What we are looking for
- At least two years as a sous chef in a fresh-food kitchen at 1 or 2 Rosette level, or similar.
- Level 3 Food Safety in Catering (essential); Level 3 allergen training (desirable).
- Confident with food costing and spreadsheets.
- Calm under pressure: someone who teaches rather than shouts.
- Experience of large events or weddings is a plus.

What we offer
- Four-day, 48-hour week, with two days off together.
- Live-in room available (£350 a month, bills included).
- Meals on duty, spa access, and 30% off stays for friends and family.
- Funded training, including a place on a Level 4 kitchen management course.

How to apply
Send your CV and a short note on a dish you are proud of to the Head Chef at kitchen.jobs@harwellmanor.co.uk. Shortlisted candidates are invited to a paid trial shift (one dinner service) and a costing exercise with the Head Chef.`;

const base = { sector: 'hospitality', experienceLevel: 'senior', jobDescription: POSTING } as const;

const TRIAL_SHIFT = 'trial shift';
const COSTING_EXERCISE = 'costing exercise';

const POSTING_ANALYSIS = {
  occupation: 'senior sous chef (two AA Rosette restaurant)',
  sector: 'country house hotel and restaurant',
  assessedCompetencies: [],
  interviewStages: [TRIAL_SHIFT, COSTING_EXERCISE],
};

/** The hospitality examples: a senior sous chef posting, one reply per interview type. */
export const HOSPITALITY_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            "A 20-litre batch of veal stock for tomorrow's sauce is still at 30 °C ninety minutes after it came off the heat; your HACCP plan says cooked food must be below 8 °C within 90 minutes. What do you do with the batch, and what do you change so it does not happen again?",
          category: 'HACCP',
          difficulty: 'medium',
          minutes: 8,
          basedOn: 'Manage HACCP: temperature records, cooling logs, cleaning schedules and the kitchen diary',
          stage: TRIAL_SHIFT,
          kind: 'approach',
          evaluates: [
            'managing HACCP critical control points (a listed duty)',
            'recording and correcting a missed critical limit',
          ],
          strongAnswerSignals: [
            "follows the plan's corrective action instead of guessing",
            'records the failure and the action in the cooling log and the kitchen diary',
            'fixes the cause: smaller containers, an ice bath, the blast chiller, timing',
          ],
          redFlags: [
            'puts the batch in the fridge and moves on',
            'no record of the failure',
            'blames the apprentice without fixing the process',
          ],
          steps: [
            ['Identify', 'Name cooling as a critical control point and the limit the plan sets.'],
            [
              'Act on the batch',
              "Apply the plan's corrective action (usually discard a batch that missed the limit) rather than chilling it and hoping.",
            ],
            [
              'Record',
              'Write the reading, the time and the action in the cooling log and the diary, and tell the Head Chef.',
            ],
            [
              'Prevent',
              'Split stock into shallow containers, use an ice bath or blast chiller, and schedule stock so it does not finish at the end of service.',
            ],
          ],
          hints: ['What does your HACCP plan say to do when a limit is missed?'],
          followUps: [
            'An apprentice filled in the log with the right numbers but never took the temperature. How do you handle it?',
          ],
        }),
        exampleQuestion({
          question:
            'During a full Saturday service a guest who declared a sesame allergy is served a dish whose dressing, from a supplier who changed its recipe last week, now contains sesame oil. The guest has eaten two mouthfuls and says they feel fine. Take me through the next ten minutes and the next week.',
          category: 'allergen control',
          difficulty: 'hard',
          minutes: 12,
          basedOn: 'Keep the allergen matrix up to date for every dish',
          stage: TRIAL_SHIFT,
          kind: 'approach',
          evaluates: [
            'keeping the allergen matrix up to date (a listed duty)',
            "the guest's safety in the middle of service",
          ],
          strongAnswerSignals: [
            "puts the guest's safety first and knows when to call 999",
            'stops every dish with that dressing and tells front of house at once',
            'finds and closes the gap: supplier changes must update the matrix',
          ],
          redFlags: [
            'reassures the guest without checking symptoms',
            'keeps serving the dish until the end of service',
            'treats it as bad luck rather than a gap in the process',
          ],
          steps: [
            [
              'Guest first',
              'Tell the guest honestly, ask about their symptoms and medication, have a first aider with them, and call 999 at any sign of a reaction.',
            ],
            [
              'Stop the risk',
              'Pull the dressing and every dish that uses it, and brief the pass and front of house before the next ticket.',
            ],
            [
              'Record and report',
              'Record the incident, keep the label and the delivery note, and tell the Head Chef and the manager on duty.',
            ],
            [
              'Fix the process',
              'Check every product label on delivery against the matrix, re-train the brigade and front of house, and review other recent supplier changes.',
            ],
          ],
          hints: ["Where in your process should a supplier's recipe change have been caught?"],
          followUps: ['The guest leaves happy but posts about it online the next day. What do you do?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Learn your cooling and hot-holding limits and the corrective action for each, so you can give them without notes.',
          because:
            'You will "Manage HACCP: temperature records, cooling logs, cleaning schedules and the kitchen diary".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action:
            'Prepare an example of keeping an allergen matrix current when a supplier changed a product, and of how you briefed front of house.',
          because:
            'You will "Keep the allergen matrix up to date for every dish and brief front of house before each service".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action:
            'Plan how you will run your section in the trial shift: mise en place, calling and communication on the pass, clean as you go, and a temperature check you record.',
          because: 'Shortlisted candidates are invited to "a paid trial shift (one dinner service)".',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action:
            'Cost two of your own dishes to a 72% GP, with VAT taken off the menu price, before the costing exercise.',
          because:
            'The kitchen targets "a 72% gross profit on food" and selection includes "a costing exercise with the Head Chef".',
          forQuestions: [],
          minutes: 45,
        },
      ],
      strategy:
        'Show that at Rosette level you are safe first and consistent second: HACCP and allergens handled by the book and recorded, and a calm pass. The posting names no sit-down interview, so expect these questions from the Head Chef around the trial shift, which shows your cooking and your leadership, while the costing exercise shows your numbers; prepare both, and treat wedding experience as a plus, not a must.',
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
            'Tell me about a time a young chef kept making the same mistake during service. What did you do then, and afterwards?',
          category: 'training the brigade',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'someone who teaches rather than shouts',
          stage: TRIAL_SHIFT,
          kind: 'star',
          evaluates: ['teaching rather than shouting (stated in the posting)', 'correcting a mistake during service'],
          strongAnswerSignals: [
            'keeps service going while correcting the mistake calmly',
            'follows up with training off the pass (demonstration, practice, checking)',
            'checks the change stuck over the next services',
          ],
          redFlags: [
            'shouting presented as normal',
            'fixed the dish but never trained the chef',
            "the chef is blamed for the kitchen's system",
          ],
          steps: starSteps(
            'About 15 seconds: the kitchen, the service and the mistake.',
            'About 15 seconds: your role: you ran the section or the pass.',
            'About 90 seconds: what you said in the moment, how you protected the dishes going out, and how you trained them afterwards (demonstration, practice, checking).',
            'About 30 seconds: how their work changed and what you learned about teaching under pressure. About two and a half minutes in all.',
          ),
          hints: [
            'Pick an apprentice or commis you trained yourself; the posting has two apprentices.',
            'At senior level, show a method you would use with anyone, not a one-off.',
          ],
          followUps: ['What do you do if the same chef is still struggling a month later?'],
        }),
        exampleQuestion({
          question:
            'Tell me about a service that went badly wrong, such as a wedding, a full restaurant or a short-staffed night. How did you get it back?',
          category: 'calm under pressure',
          difficulty: 'hard',
          minutes: 5,
          basedOn: 'Calm under pressure',
          stage: TRIAL_SHIFT,
          kind: 'star',
          evaluates: ['calm under pressure (stated in the posting)', 'leading the brigade through a failing service'],
          strongAnswerSignals: [
            'takes control of the pass and re-plans quickly',
            'keeps front of house and guests informed',
            'reviews the service afterwards and changes something',
          ],
          redFlags: [
            'blames front of house or suppliers',
            'no change after the service',
            'lost their temper and presents it as leadership',
          ],
          steps: starSteps(
            'About 15 seconds: the service, the covers and what went wrong.',
            'About 15 seconds: what you were responsible for that night.',
            'About 90 seconds: how you re-organised the brigade, simplified or paused dishes, and kept front of house informed.',
            'About 30 seconds: how the service ended (tickets, complaints, timings) and what you changed afterwards. About two and a half minutes in all.',
          ),
          hints: [
            'A large event or a wedding is ideal if you have one; it is a plus in the posting.',
            'At senior level choose a night you led from the pass, not one where you only cooked your section.',
          ],
          followUps: ['What would you have done differently from the start of that day?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Prepare one story about training an apprentice, with what they can now do that they could not before.',
          because: 'You will "Train the apprentices and write the kitchen rota with the Head Chef".',
          forQuestions: [1],
          minutes: 20,
        },
        {
          action: "Prepare one story about running the kitchen in the Head Chef's absence, with covers and timings.",
          because: 'As Senior Sous Chef "you run the kitchen when the Head Chef is off (two days a week)".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action:
            'Have a large-event story ready if you have one: covers, timings, what went wrong and how you recovered.',
          because: 'The posting says: "Experience of large events or weddings is a plus."',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action:
            'Practise each story at two to three minutes (about 30 seconds of setting, 90 of what you did, 30 of result), short enough to tell in a quiet moment of the trial shift.',
          because:
            'The posting names no separate interview, only "a paid trial shift (one dinner service) and a costing exercise".',
          forQuestions: [1, 2],
          minutes: 20,
        },
      ],
      strategy:
        'The posting stresses a calm, teaching kitchen and running it without the Head Chef, so pick stories where you led, taught and kept standards under pressure. Keep them concrete (covers, timings, what you changed), and let the trial shift back them up: the way you speak to the brigade that night is the strongest evidence you can give.',
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
            'Cost the new lamb main from the figures below and set a menu price that meets the 72% gross profit target.',
          category: 'dish costing',
          difficulty: 'medium',
          minutes: 15,
          basedOn: 'we target a 72% gross profit on food',
          stage: COSTING_EXERCISE,
          kind: 'case_structure',
          evaluates: ['food costing (a listed duty)', 'GP and VAT arithmetic done right'],
          strongAnswerSignals: [
            'adds the portion costs correctly to £5.62',
            'removes VAT before working out GP',
            'sets a menu price of about £24.50 and checks that it gives 72.5%',
          ],
          redFlags: ['forgets VAT', 'confuses GP with mark-up', 'no portion spec to hold the cost'],
          steps: [
            ['Cost the plate', 'Lamb £3.52 + potatoes £0.85 + sauce £0.55 + vegetables £0.70 = £5.62.'],
            [
              'Target price',
              'At 72% GP food cost is 28% of the net price: £5.62 / 0.28 = £20.07 net, £24.09 with 20% VAT.',
            ],
            ['Set the price', 'Round to £24.50; check: £24.50 / 1.2 = £20.42 net, GP (20.42 - 5.62) / 20.42 = 72.5%.'],
            [
              'Protect it',
              'Write a spec sheet with the 220 g portion and review the cost when the lamb price changes.',
            ],
          ],
          hints: ['Is the menu price before or after VAT?'],
          followUps: ['The lamb price rises 15%. What are your options besides raising the price?'],
          caseStudy: {
            scenario: 'The spring menu needs a new lamb main for The Orchard Room.',
            dataProvided: [
              'Lamb rump: 220 g raw per portion at £16.00/kg (£3.52)',
              'Potato terrine: £0.85 per portion',
              'Sauce: £0.55 per portion',
              'Seasonal vegetables: £0.70 per portion',
              'VAT: 20%; GP target: 72%',
            ],
            expectedApproach:
              'A plate cost of £5.62, a minimum net price of £20.07 (£24.09 with VAT), a menu price of about £24.50 giving 72.5% GP, and a spec sheet to keep the portion consistent.',
          },
        }),
        exampleQuestion({
          question:
            'Food GP slipped from 72% to 66% last quarter. Using the figures, explain where the money went and what you would fix before the wedding season.',
          category: 'food cost control',
          difficulty: 'hard',
          minutes: 25,
          basedOn: 'keep waste under 4% of food purchases',
          stage: COSTING_EXERCISE,
          kind: 'case_structure',
          evaluates: ['stock control and waste (listed duties)', 'finding where the margin was lost'],
          strongAnswerSignals: [
            'sizes the gap in pounds: £10,800',
            'separates waste (about £1,850), price rises (about £5,000) and unexplained loss (about £3,950)',
            'acts on each cause and tracks GP weekly',
          ],
          redFlags: ['cuts quality before finding the cause', 'arithmetic does not add up', 'no weekly tracking'],
          steps: [
            [
              'Size the gap',
              'At 72% GP, food cost on £180,000 of sales should be £50,400; it was £61,200, so £10,800 is missing.',
            ],
            ['Waste', 'Waste was £4,300 against a 4% target of £2,448: about £1,850 of the gap.'],
            ['Prices', 'Supplier rises not passed on: about £5,000.'],
            ['Unexplained', 'About £3,950 is left: check portions, staff food, stock counts and deliveries.'],
            [
              'Act',
              'Re-cost and re-price the worst dishes, tighten portions with spec sheets, check deliveries, and track GP weekly.',
            ],
          ],
          hints: ['Start with the size of the gap in pounds, not percentages.'],
          followUps: ['The wedding packages were priced last year. What do you do about them?'],
          caseStudy: {
            scenario: "The hotel's finance report shows food GP falling from 72% to 66% in the last quarter.",
            dataProvided: [
              'Net food sales: £180,000 for the quarter',
              'Food purchases: £61,200',
              'Recorded waste: £4,300',
              'Supplier price rises on dairy, meat and fish not reflected in menu prices: about £5,000 over the quarter',
            ],
            expectedApproach:
              'Show a £10,800 gap, explain about £1,850 by waste above target and about £5,000 by prices, investigate the remaining £3,950, and set actions and weekly tracking before the weddings.',
          },
        }),
      ],
      preparationPlan: [
        {
          action:
            'Practise GP and VAT arithmetic by hand: net price from menu price, food cost as a share of it, and the price that hits a target GP.',
          because:
            'Selection includes "a costing exercise with the Head Chef" and the kitchen targets "a 72% gross profit on food".',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action: 'Bring a costed dish of your own, with its spec sheet and portion weights.',
          because: 'You will "Cost dishes and help write seasonal menus".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action:
            'Revise how you run a weekly stock take and measure waste as a share of purchases, with your own figures.',
          because: 'You will "run weekly stock takes and keep waste under 4% of food purchases".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action:
            'Think through how you would cost a wedding menu for 120 guests and protect its GP when supplier prices rise.',
          because: 'The hotel runs "summer weddings of up to 120 guests".',
          forQuestions: [2],
          minutes: 20,
        },
      ],
      strategy:
        'Treat each exercise as the costing conversation with the Head Chef: numbers first, worked out loud and checked, then the kitchen changes that protect them. Show that you can hold a 72% GP at Rosette standard without cutting quality, and that you think in pounds as well as percentages.',
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
            "On the Head Chef's days off, which decisions are mine to make, such as menu changes, ordering or the rota, and which wait for them?",
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'you run the kitchen when the Head Chef is off',
          stage: TRIAL_SHIFT,
          kind: 'why_ask',
          evaluates: [
            'real authority of the role',
            'trust between the Head Chef and the senior sous chef',
            'how the kitchen runs two days a week',
          ],
          strongAnswerSignals: [
            'clear areas you own, such as ordering, specials and the rota',
            'a handover routine at the end of each week',
            'an example of a decision the last senior sous chef made alone',
          ],
          redFlags: [
            'every decision waits for the Head Chef',
            'no handover routine',
            'vague about who covers holidays',
          ],
          steps: [
            ['Why ask this', 'You run the kitchen two days a week; you need to know your mandate.'],
            ['What a good answer sounds like', 'Clear areas you own, and how decisions are handed over.'],
            ['Warning signs', 'You carry the responsibility without the authority.'],
          ],
          hints: ['Ask the Head Chef during or after the trial shift.'],
          followUps: ['How do you and the Head Chef hand over at the end of the week?'],
        }),
        exampleQuestion({
          question: 'How has the brigade changed over the last year, and what has made chefs stay or leave?',
          category: 'team and culture',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'someone who teaches rather than shouts',
          stage: TRIAL_SHIFT,
          kind: 'why_ask',
          evaluates: ['kitchen turnover', 'whether the calm, teaching kitchen is real', 'how apprentices progress'],
          strongAnswerSignals: [
            'low turnover, or honest reasons for it',
            'apprentices who finished and stayed or were promoted',
            'hours that match the 48 stated',
          ],
          redFlags: ['high turnover brushed aside', 'no apprentice has finished', 'long hours beyond the 48 stated'],
          steps: [
            ['Why ask this', 'The posting promises a teaching kitchen; turnover tests it.'],
            ['What a good answer sounds like', 'Low turnover or honest reasons, and examples of chefs promoted.'],
            ['How to follow up', 'Ask what happened to the last two apprentices.'],
          ],
          hints: ['Ask it with curiosity, after some rapport.'],
          followUps: ['What would you want me to change in the kitchen?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Use the trial shift to watch how the brigade talks to each other under pressure, and write down what you saw straight afterwards.',
          because: 'Shortlisted candidates are invited to "a paid trial shift (one dinner service)".',
          forQuestions: [2],
          minutes: 10,
        },
        {
          action: 'Prepare a question on the food cost targets for weddings, which the posting does not cover.',
          because: 'The hotel runs "summer weddings of up to 120 guests" but says nothing of how they are costed.',
          forQuestions: [],
          minutes: 10,
        },
        {
          action: 'Ask how the Level 4 course is scheduled around the rota.',
          because: 'The hotel offers "Funded training, including a place on a Level 4 kitchen management course".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action: 'Keep questions on the live-in room and the service charge for the offer stage.',
          because:
            'The pay is "£38,000 + service charge (about £5,000 last year)" and a "Live-in room available" is offered.',
          forQuestions: [],
          minutes: 5,
        },
        {
          action:
            'Write your two main questions down and ask them of the Head Chef after the trial shift or the costing exercise.',
          because:
            'Both stages are with the Head Chef: "a paid trial shift (one dinner service) and a costing exercise with the Head Chef".',
          forQuestions: [1, 2],
          minutes: 10,
        },
      ],
      strategy:
        'Your questions should test the two things the posting promises: real responsibility when the Head Chef is off and a calm, teaching kitchen. Ask the Head Chef directly and check the answers against what you see in the trial shift.',
    },
  },
];
