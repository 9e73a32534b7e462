import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Senior Staff Nurse – Acute Medical Unit (Band 6)
Riverside Hospitals NHS Foundation Trust · Northgate General Hospital · 37.5 hours a week, days and nights

Our 36-bed Acute Medical Unit (AMU) assesses and treats adults admitted as medical emergencies, usually for their first 72 hours. We admit around 30 patients a day and work closely with the emergency department, the frailty team and the critical care outreach team.

Main duties
- Take charge of the unit on a regular basis, allocating staff and beds and keeping patients safe.
- Assess, plan, deliver and evaluate care for a bay of up to eight patients, using NEWS2 to recognise deterioration and escalate in time.
- Administer medicines safely, including IV antibiotics and infusions, in line with the Trust's medicines policy.
- Admit, transfer and discharge patients with clear SBAR handovers.
- Support patients and families through sudden illness, including difficult conversations.
- Supervise healthcare assistants and act as practice assessor for student nurses.
- Lead one quality improvement project a year.

Essential
- NMC registration as an adult nurse.
- At least two years' post-registration experience in an acute setting, including taking charge of a shift.
- Current Immediate Life Support (ILS) certificate.
- IV medicines competency.

Desirable
- Experience of caring for older people with frailty or delirium.
- A post-registration module in acute or critical care.

Our values
Compassion, Respect, Teamwork and Excellence. You will be asked about them at interview.

Interview process
A 30-minute values-based interview with the ward manager and a practice development nurse, and a short written drug-calculation test (10 questions, calculators allowed).

We offer an internal rotation programme, funded post-registration modules and a leadership course for Band 6 nurses. For an informal visit, call the ward manager on 01632 960412. Apply through NHS Jobs, quoting reference 312-AMU-0425.`;

const base = { sector: 'healthcare', experienceLevel: 'mid', jobDescription: POSTING } as const;

const INTERVIEW = 'values-based interview';
const DRUG_TEST = 'written drug-calculation test';

const POSTING_ANALYSIS = {
  occupation: 'senior staff nurse, Acute Medical Unit (Band 6)',
  sector: 'NHS acute hospital care',
  assessedCompetencies: ['Compassion', 'Respect', 'Teamwork', 'Excellence'],
  interviewStages: [INTERVIEW, DRUG_TEST],
};

/** The healthcare examples: a senior staff nurse posting, one reply per interview type. */
export const HEALTHCARE_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'A patient weighing 72 kg is prescribed enoxaparin 1.5 mg/kg once daily. You have pre-filled syringes of 120 mg in 0.8 mL. What dose and volume do you give, and what do you check before giving it?',
          category: 'drug calculation',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'Administer medicines safely',
          stage: DRUG_TEST,
          kind: 'approach',
          evaluates: [
            'safe medicines administration (IV medicines competency is essential)',
            'accuracy of a weight-based calculation, with the working shown',
          ],
          strongAnswerSignals: [
            'works out 108 mg and 0.72 mL and shows the working',
            'checks weight, renal function and platelets before giving',
            'follows the Trust policy on second checks',
          ],
          redFlags: [
            'cannot show the working',
            'gives a volume without rounding sense (for example 7.2 mL)',
            'no check of renal function or weight',
            'would give a dose they doubt rather than query it',
          ],
          steps: [
            [
              'Check the prescription',
              "Confirm the patient, the indication, a recent recorded weight and the prescriber's signature.",
            ],
            [
              'Calculate',
              'Dose: 1.5 x 72 = 108 mg. Volume: 108 / 120 x 0.8 = 0.72 mL; expel the excess before giving.',
            ],
            [
              'Safety checks',
              'Review renal function and platelets, bleeding risk and allergies; query the prescription if any is out of range.',
            ],
            [
              'Give and record',
              'Second check if the policy requires it, give by subcutaneous injection, record and monitor for bleeding.',
            ],
          ],
          hints: [
            'Write the formula down before you put numbers in: what you want over what you have, times the volume.',
          ],
          followUps: ["The patient's eGFR is 25. Does that change anything?"],
        }),
        exampleQuestion({
          question:
            'At 02:00 you are in charge. A 78-year-old admitted with a chest infection now has a respiratory rate of 23, SpO2 95% on 2 L of oxygen, blood pressure 112/70, heart rate 105, temperature 38.3 °C and is alert: NEWS2 has risen from 3 to 7. Talk me through the next 15 minutes.',
          category: 'recognising deterioration',
          difficulty: 'medium',
          minutes: 10,
          basedOn: 'using NEWS2 to recognise deterioration and escalate in time',
          stage: INTERVIEW,
          kind: 'approach',
          evaluates: [
            'using NEWS2 to recognise deterioration and escalate in time (a main duty)',
            'clinical priorities while in charge of the whole unit',
          ],
          strongAnswerSignals: [
            'assesses with ABCDE and acts within scope at once',
            'escalates a score of 7 urgently to the medical team and critical care outreach using SBAR',
            'considers sepsis and starts the screening tool',
            'hands over their other duties so the rest of the unit stays safe',
          ],
          redFlags: [
            'waits for the next set of observations before escalating',
            'does not consider sepsis',
            'escalates without a clear SBAR',
            'forgets the rest of the unit while in charge',
          ],
          steps: [
            [
              'Assess',
              'See the patient now, ABCDE; repeat observations; check fluid balance, lactate and blood glucose if available.',
            ],
            [
              'Escalate',
              'A NEWS2 of 7 is an emergency response: call the medical registrar and critical care outreach immediately, with an SBAR handover.',
            ],
            [
              'Act',
              'Start the sepsis screening tool, prepare for cultures, IV antibiotics and fluids as prescribed, titrate oxygen to the target range.',
            ],
            [
              'Run the unit',
              'Hand your other duties to a colleague for the time needed and tell the team where you are.',
            ],
            ['Record', 'Document times, observations, calls and the plan; increase observation frequency.'],
          ],
          hints: ["What response does your Trust's NEWS2 policy require for a score of 7 or more?"],
          followUps: ['The registrar is in resus and cannot come for 40 minutes. What do you do?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Do ten drug calculations (weight-based doses, infusion rates, dilutions) against the clock with a calculator, showing your working, and check every answer.',
          because: 'The process includes "a short written drug-calculation test (10 questions, calculators allowed)".',
          forQuestions: [1],
          minutes: 60,
        },
        {
          action:
            'Revise the NEWS2 thresholds, the escalation response for each score band and the Sepsis Six, until you can say them without notes.',
          because: 'The duties include "using NEWS2 to recognise deterioration and escalate in time".',
          forQuestions: [2],
          minutes: 45,
        },
        {
          action:
            'Rehearse the SBAR call for the NEWS2 scenario out loud, in under a minute, as you would give it to the registrar.',
          because: 'You will "Admit, transfer and discharge patients with clear SBAR handovers".',
          forQuestions: [2],
          minutes: 15,
        },
        {
          action:
            'Prepare how you allocate staff and beds when you take charge, and who covers your bay while you attend a deteriorating patient.',
          because: 'You will "Take charge of the unit on a regular basis, allocating staff and beds".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action:
            "Review the Trust's medicines policy on second checks and controlled drugs (or your current Trust's) so you can quote it.",
          because: 'Medicines are given "in line with the Trust\'s medicines policy".',
          forQuestions: [1],
          minutes: 30,
        },
      ],
      strategy:
        'Show that you are safe first and in charge second: clear calculations with working, early escalation with SBAR, and a view of the whole unit when you lead a shift. The written drug-calculation test is a stage of its own, so practise ten questions under time with a calculator; in the values-based interview, use the language of NEWS2, sepsis and the medicines policy as the posting does, and tie each clinical answer back to keeping the rest of the unit safe.',
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
          question: "Tell me about a time you supported a family when their relative's condition changed suddenly.",
          category: 'Compassion',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'Support patients and families through sudden illness',
          stage: INTERVIEW,
          kind: 'star',
          evaluates: ['Compassion (a stated value)', 'honest communication within their own role'],
          strongAnswerSignals: [
            'makes time for the family in a busy shift',
            'explains clearly and honestly within their role, and involves the doctor when needed',
            'follows up with the family afterwards',
          ],
          redFlags: [
            'breaks confidentiality in the telling',
            'promises an outcome',
            'no sign of listening to the family',
          ],
          steps: starSteps(
            'About 15 seconds: the ward, the patient and what changed, without identifying anyone.',
            'About 15 seconds: your role that shift.',
            'About 90 seconds: how you prepared, found a quiet place, explained, listened and brought in the medical team or chaplaincy.',
            'About 30 seconds: how the family coped, any feedback, what you now do every time. About two and a half minutes in all.',
          ),
          hints: [
            'Pick a recent event on an acute ward where you personally led the conversation; keep details anonymous.',
            'At this level the scope is your own patients and their families, and how you showed a junior colleague the way.',
          ],
          followUps: ['What do you do when a family is angry with the care their relative received?'],
        }),
        exampleQuestion({
          question:
            'Tell me about a shift you were in charge of when the unit was short-staffed. How did you keep patients safe?',
          category: 'Teamwork',
          difficulty: 'medium',
          minutes: 5,
          basedOn: 'allocating staff and beds and keeping patients safe',
          stage: INTERVIEW,
          kind: 'star',
          evaluates: ['Teamwork (a stated value)', 'leading a shift under pressure'],
          strongAnswerSignals: [
            'allocates staff by acuity, not by habit',
            'escalates the staffing risk through the right route',
            'checks in with the team during the shift and records what happened',
          ],
          redFlags: [
            'says "we" throughout with no personal decision',
            'did not escalate the staffing risk',
            'kept working unsafely without recording it',
          ],
          steps: starSteps(
            'About 15 seconds: the unit, the shift, how many staff were missing and the acuity.',
            'About 15 seconds: you were in charge; what had to be achieved.',
            'About 90 seconds: how you re-allocated bays, asked for help from the site team, cut non-essential tasks and checked in with staff.',
            'About 30 seconds: the outcome for patients, the incident report, what changed in the rota afterwards. About two and a half minutes in all.',
          ),
          hints: [
            "Choose a real shift you led as nurse in charge; the panel wants your decisions, not the team's.",
            'At Band 6 the scope is the whole shift: every bay, the staff on it and the escalation route you used (site manager, incident report).',
          ],
          followUps: ['What would you have done if the site team had no one to send?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Prepare one story for each value (Compassion, Respect, Teamwork and Excellence) and say in its first line which value it shows.',
          because: 'The posting names its values and says: "You will be asked about them at interview."',
          forQuestions: [1, 2],
          minutes: 60,
        },
        {
          action:
            'Time each story at two to three minutes (about 30 seconds of situation and task, 90 of your own actions, 30 of result), keeping patients anonymous.',
          because:
            'The interview is "A 30-minute values-based interview", so four or five stories with follow-ups is all it holds.',
          forQuestions: [1, 2],
          minutes: 30,
        },
        {
          action:
            'Prepare a story about supporting a student nurse or a healthcare assistant who was struggling, for Teamwork or Respect.',
          because: 'You will "Supervise healthcare assistants and act as practice assessor for student nurses".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action:
            'Bring one story about a quality improvement project you led or joined, with before-and-after figures, for Excellence.',
          because: 'Band 6 nurses here "Lead one quality improvement project a year".',
          forQuestions: [],
          minutes: 30,
        },
        {
          action:
            'Do ten timed drug calculations with a calculator as well, since the test is part of the same selection.',
          because: 'The process includes "a short written drug-calculation test (10 questions, calculators allowed)".',
          forQuestions: [],
          minutes: 45,
        },
      ],
      strategy:
        'The interview is values-based, so name the value each story shows and make the Action yours: what you decided, said and escalated. Favour stories of being in charge, since the posting asks for shift leadership at Band 6, and keep one story per value ready so that Respect and Excellence are covered even if the panel asks only about the first two.',
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
            'You take charge at 07:30 with one registered nurse short. Here are the patients flagged at handover. In what order do you see them, and how do you allocate your team?',
          category: 'prioritisation',
          difficulty: 'easy',
          minutes: 15,
          basedOn: 'Take charge of the unit on a regular basis',
          stage: INTERVIEW,
          kind: 'case_structure',
          evaluates: ['taking charge of a shift (essential)', 'prioritisation by acuity and time-critical tasks'],
          strongAnswerSignals: [
            'sees patient A first and escalates as the NEWS2 policy requires',
            "gets patient C's antibiotic given on time",
            'allocates the most experienced nurse to the sickest bay and stays free to respond',
            'reports the staffing gap to the site manager',
          ],
          redFlags: [
            'starts with the discharge because it frees a bed',
            'keeps the nurse in charge tied to a full bay',
            'does not report the staffing gap',
          ],
          steps: [
            ['Scan', 'Read all flags first; identify who is time-critical.'],
            [
              'Prioritise',
              'Patient A (NEWS2 6) first, then the 08:00 IV antibiotic for patient C, then the discharge for patient B, then the new admission.',
            ],
            ['Allocate', 'Put your most experienced nurse with the sickest bay and keep yourself free to respond.'],
            ['Escalate and record', 'Report the staffing gap to the site manager and record it.'],
          ],
          hints: ['Which task cannot wait, and which only feels urgent?'],
          followUps: ['At 08:15 patient D arrives from the emergency department with chest pain. What changes?'],
          caseStudy: {
            scenario: 'A 36-bed acute medical unit at shift change, one registered nurse short.',
            dataProvided: [
              'Patient A: NEWS2 6, rising from 3 overnight',
              'Patient B: medically fit, discharge planned for 10:00, transport booked',
              'Patient C: IV antibiotics due at 08:00, last dose 30 minutes late',
              'New admission expected from the emergency department at 08:00',
              'Staff: 5 registered nurses instead of 6, 3 healthcare assistants',
            ],
            expectedApproach:
              "See patient A first and escalate as the NEWS2 policy requires, make sure patient C's antibiotic is on time, keep the discharge moving through the healthcare assistant, allocate by acuity, and report the gap.",
          },
        }),
        exampleQuestion({
          question:
            "Last month's audit shows late IV antibiotic doses on the unit. Using the figures, find the main causes and say what you would change first as the lead of a quality improvement project.",
          category: 'quality improvement',
          difficulty: 'medium',
          minutes: 20,
          basedOn: 'Lead one quality improvement project a year',
          stage: INTERVIEW,
          kind: 'case_structure',
          evaluates: ['leading a quality improvement project (a listed duty)', 'use of audit figures to find causes'],
          strongAnswerSignals: [
            'works out the 9% late-dose rate and that 55% cluster at two rounds',
            'targets the two biggest causes (round timing and stock) first',
            'plans a weekly re-audit and shares the results with the team',
          ],
          redFlags: ['blames individual nurses', 'no figures in the analysis', 'no plan to measure the effect'],
          steps: [
            ['Objective', 'Agree the aim: fewer doses more than one hour late, and by when.'],
            [
              'Analyse',
              '38 of 420 doses were late (about 9%); 21 of the 38 (55%) fall at the 06:00 and 22:00 rounds; 12 (32%) were missing stock.',
            ],
            [
              'Options',
              'Move antibiotic times away from the busiest rounds, and set up a daily stock check with pharmacy.',
            ],
            ['Measure', 'Re-audit weekly for four weeks and share the results with the team.'],
          ],
          hints: ['Which two causes explain most of the late doses?'],
          followUps: ['The re-audit shows no change at 22:00. What next?'],
          caseStudy: {
            scenario:
              "The ward manager asks you to lead the unit's quality improvement project on antibiotic timeliness.",
            dataProvided: [
              '420 IV antibiotic doses scheduled in the month',
              '38 doses given more than one hour late',
              '21 of the late doses were at the 06:00 or 22:00 medicine rounds',
              '12 of the late doses were delayed because the drug was not on the unit',
            ],
            expectedApproach:
              'Compute the 9% late-dose rate, see that over half cluster at two rounds and a third are stock problems, propose two targeted changes with pharmacy and the team, and re-audit weekly.',
          },
        }),
      ],
      preparationPlan: [
        {
          action:
            'Practise a prioritisation exercise out loud with five patients: rank them, justify each choice, allocate the team, escalate the gap.',
          because:
            'You will "Take charge of the unit on a regular basis, allocating staff and beds and keeping patients safe".',
          forQuestions: [1],
          minutes: 30,
        },
        {
          action:
            'Bring the figures of a quality improvement project or audit you led or joined (aim, measure, result) and work its percentages out by hand.',
          because: 'Band 6 nurses here "Lead one quality improvement project a year".',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action:
            'Revise how your current Trust reports staffing and medication incidents, so you can name the route in each case.',
          because:
            'Medicines are given "in line with the Trust\'s medicines policy", and the nurse in charge keeps "patients safe".',
          forQuestions: [1, 2],
          minutes: 20,
        },
        {
          action: 'Do ten timed drug calculations with a calculator, showing your working.',
          because: 'The process includes "a short written drug-calculation test (10 questions, calculators allowed)".',
          forQuestions: [],
          minutes: 60,
        },
      ],
      strategy:
        'Treat each exercise as a shift you are leading: patient safety first, clear reasons for each choice, and the escalation routes named. The posting states no separate exercise, so expect scenarios like these inside the values-based interview; use the figures given and say what you would measure, because the posting expects a Band 6 to lead improvement.',
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
            'How often would I take charge of the unit, and what support does the nurse in charge get at night?',
          category: 'role expectations',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'Take charge of the unit on a regular basis',
          stage: INTERVIEW,
          kind: 'why_ask',
          evaluates: [
            'how much leadership the role really involves',
            'support for nurses in charge',
            'how nights are run',
          ],
          strongAnswerSignals: [
            'a number of charge shifts a month',
            'a site manager at night and a named senior to call',
            'shadow shifts or an induction before the first charge shift',
          ],
          redFlags: ['no induction for the nurse in charge', 'no senior support at night', 'vague about how often'],
          steps: [
            [
              'Why ask this',
              'The posting asks you to take charge regularly; this tells you how often and with what backup.',
            ],
            [
              'What a good answer sounds like',
              'A number of shifts a month, a site manager at night, a named senior to call.',
            ],
            ['Warning signs', 'You would be in charge from week one with no induction.'],
          ],
          hints: ['Ask the ward manager; safe in any interview.'],
          followUps: ['Is there a charge-nurse induction or leadership course before that?'],
        }),
        exampleQuestion({
          question:
            'How often does the unit run below its planned staffing, and what happens to bay allocations when it does?',
          category: 'working conditions',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'allocating staff and beds and keeping patients safe',
          stage: INTERVIEW,
          kind: 'why_ask',
          evaluates: ['real staffing levels', 'how the unit manages risk', 'honesty of the ward manager'],
          strongAnswerSignals: [
            'an honest figure for short-staffed shifts',
            'a clear escalation route when it happens',
            'a recent change that helped',
          ],
          redFlags: [
            '"it is the same everywhere" with no detail',
            'no escalation route',
            'incident reports discouraged',
          ],
          steps: [
            ['Why ask this', 'Staffing decides workload and safety more than anything else in the posting.'],
            [
              'What a good answer sounds like',
              'An honest figure, a clear escalation route, recent changes that helped.',
            ],
            ['How to follow up', 'Ask how staffing incidents are reviewed.'],
          ],
          hints: ['Ask it as wanting to lead shifts safely, not as a complaint.'],
          followUps: ['What has changed since the last staffing review?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'List what the posting leaves open (how often you take charge, staffing, support at night) and turn each into a question.',
          because: 'The posting says you will "Take charge of the unit on a regular basis" but not how often.',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action:
            'Arrange an informal visit to the unit before the interview, through the route the posting gives, and note what you see of staffing and handovers.',
          because: 'The posting invites candidates for "an informal visit".',
          forQuestions: [2],
          minutes: 60,
        },
        {
          action:
            'Prepare one question on how and when Band 6 nurses get the rotation programme and the funded modules.',
          because:
            'The Trust offers "an internal rotation programme, funded post-registration modules and a leadership course for Band 6 nurses".',
          forQuestions: [],
          minutes: 10,
        },
        {
          action:
            'Keep two questions for the end of the interview, and write the answers down afterwards to compare with other units you apply to.',
          because:
            'Selection is "A 30-minute values-based interview with the ward manager and a practice development nurse".',
          forQuestions: [1, 2],
          minutes: 10,
        },
      ],
      strategy:
        'Use your questions to check that being in charge is supported and that staffing is managed openly. Ask the ward manager at the end of the values-based interview, ask about leadership and development, which the posting promises, and keep benefits questions for after an offer.',
    },
  },
];
