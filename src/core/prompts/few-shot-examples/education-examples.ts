import { exampleQuestion, starSteps, type FewShotExample } from './example-helpers.js';

const POSTING = `Teacher of English (KS3–KS4) – ECTs welcome
Hollins Park School · Leicester · Full-time, permanent · MPS/UPS · September start

Hollins Park is an 11–16 school of 950 students, rated Good by Ofsted in 2023. Around a third of our students speak English as an additional language (EAL) and 14% have special educational needs (SEND). Our English department has eight teachers and a shared, well-resourced curriculum.

The role
- Teach English to Years 7–11, following the department's curriculum and shared lesson resources.
- Plan lessons that build knowledge step by step, with clear explanations, modelling and regular checks for understanding.
- Assess students' work, give feedback in line with our feedback policy and use assessment data to plan next steps.
- Adapt teaching for students with SEND and EAL, with support from the SENCo and teaching assistants.
- Keep high expectations of behaviour, using the school's behaviour policy consistently.
- Act as a form tutor and follow the school's safeguarding procedures at all times.

We are looking for someone who
- Holds QTS, or will complete a PGCE or School Direct course by July (ECTs are very welcome).
- Has secure subject knowledge of English literature and language at GCSE.
- Can explain ideas clearly and adapt when students do not understand.
- Is open to feedback and keen to improve their practice.
- Would like to run reading for pleasure or an extra-curricular club (desirable).

Our values
Ambition, Kindness and Integrity. We will ask you about them at interview.

What we offer
- A two-year ECT induction with a trained mentor and a reduced timetable.
- Weekly instructional coaching and timetabled time to plan with colleagues.
- A staff well-being programme.

Selection
Shortlisted candidates will teach a 30-minute lesson to a Year 8 class (we will send the topic in advance), meet the student panel and have an interview with the Head of English and a senior leader.

Hollins Park School is committed to safeguarding and promoting the welfare of children. The successful candidate will need an enhanced DBS check. Apply by 9 a.m. on Monday 3 March using the application form at www.hollinspark.leics.sch.uk/vacancies.`;

const base = { sector: 'education', experienceLevel: 'junior', jobDescription: POSTING } as const;

const LESSON = '30-minute lesson';
const STUDENT_PANEL = 'student panel';
const INTERVIEW = 'interview with the Head of English';

const POSTING_ANALYSIS = {
  occupation: 'teacher of English, KS3–KS4 (early-career teachers welcome)',
  sector: 'state secondary school (11–16)',
  assessedCompetencies: ['Ambition', 'Kindness', 'Integrity'],
  interviewStages: [LESSON, STUDENT_PANEL, INTERVIEW],
};

/** The education examples: an early-career English teacher posting, one reply per interview type. */
export const EDUCATION_EXAMPLES: readonly FewShotExample[] = [
  {
    ...base,
    interviewType: 'technical',
    reply: {
      postingAnalysis: POSTING_ANALYSIS,
      postingNotes: [],
      questions: [
        exampleQuestion({
          question:
            'In a Year 8 lesson on how a writer builds tension, how would you check, during the lesson, that the whole class has understood, and not just the students who put their hands up?',
          category: 'checking for understanding',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'regular checks for understanding',
          stage: INTERVIEW,
          kind: 'approach',
          evaluates: ['regular checks for understanding (a listed duty)', 'responding to what the check shows'],
          strongAnswerSignals: [
            'uses whole-class methods: mini-whiteboards, cold calling, a hinge question',
            'acts on what they see: re-teaches or moves on',
            'plans the check before the lesson',
          ],
          redFlags: [
            '"Does everyone understand?" as the only check',
            'relies on volunteers',
            'carries on with the plan whatever the answers',
          ],
          steps: [
            [
              'Plan the check',
              'Decide the key point (for example how short sentences speed up the pace) and write a hinge question on it.',
            ],
            [
              'Ask everyone',
              'Use mini-whiteboards or a show of answers so every student responds at once; cold call to probe.',
            ],
            [
              'Respond',
              'If most are right, move on; if not, re-model with a new example; group the few who need more.',
            ],
            ['Close', 'End with a short exit task that shows who has it.'],
          ],
          hints: ['How do you hear from the quiet students?'],
          followUps: ['Half the class gets the hinge question wrong. What do you do next, in the lesson?'],
        }),
        exampleQuestion({
          question:
            'In a Year 9 class of 30, four students are at an early stage of learning English and two have dyslexia. How would you adapt a lesson on analysing the language of a poem so that they can all take part, without lowering the challenge?',
          category: 'adapting for SEND and EAL',
          difficulty: 'medium',
          minutes: 10,
          basedOn: 'Adapt teaching for students with SEND and EAL',
          stage: INTERVIEW,
          kind: 'approach',
          evaluates: ['adapting teaching for SEND and EAL (a listed duty)', 'keeping the challenge high for everyone'],
          strongAnswerSignals: [
            'keeps the same ambitious task for all',
            'adds scaffolds: pre-taught vocabulary, sentence stems, modelled analysis',
            "works with the teaching assistant and the SENCo's advice",
          ],
          redFlags: [
            'gives those students an easier, different task',
            'no use of the support plans or the SENCo',
            'leaves everything to the teaching assistant',
          ],
          steps: [
            ['Know the students', 'Read their support plans and ask the SENCo what works for them.'],
            ['Pre-teach', 'Teach five key words with images before the poem; give a glossary.'],
            [
              'Scaffold',
              'Model one analysis aloud, then give sentence stems and a dyslexia-friendly copy of the poem.',
            ],
            [
              'Check and adjust',
              'Check understanding often, brief the teaching assistant, and remove scaffolds as students gain confidence.',
            ],
          ],
          hints: ['What can they do with support that they could not do alone yet?'],
          followUps: ['How would you know the scaffolds worked?'],
        }),
      ],
      preparationPlan: [
        {
          action:
            'Plan your Year 8 interview lesson around one clear objective, a model, practice and a check for understanding.',
          because: 'Shortlisted candidates "will teach a 30-minute lesson to a Year 8 class".',
          forQuestions: [1],
          minutes: 90,
        },
        {
          action:
            'Revise common misconceptions in GCSE English language analysis (for example technique-spotting without effect).',
          because: 'The school wants "secure subject knowledge of English literature and language at GCSE".',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action: 'Prepare to describe how you adapt for EAL and SEND, with a real example from placement.',
          because:
            'At the school "Around a third of our students speak English as an additional language (EAL) and 14% have special educational needs (SEND)."',
          forQuestions: [2],
          minutes: 30,
        },
        {
          action: "Read the school's behaviour and safeguarding policies before the interview.",
          because:
            'You will use "the school\'s behaviour policy consistently" and "follow the school\'s safeguarding procedures at all times".',
          forQuestions: [],
          minutes: 30,
        },
      ],
      strategy:
        'As an early-career teacher, show secure subject knowledge, clear explanations and a habit of checking understanding. The 30-minute lesson is the centre of the day: keep it simple, well timed and interactive, and be ready to reflect on it honestly in the interview with the Head of English, where questions like these follow.',
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
            'Tell me about a time you noticed that a student was struggling, in a lesson or around school, and what you did.',
          category: 'Kindness',
          difficulty: 'easy',
          minutes: 5,
          basedOn: 'Kindness',
          stage: STUDENT_PANEL,
          kind: 'star',
          evaluates: ['Kindness (a stated value)', 'following safeguarding procedures when there is a concern'],
          strongAnswerSignals: [
            'notices the student and acts, rather than waiting',
            'tells the right person: the tutor, the SENCo, or the safeguarding lead if it is a concern',
            'keeps high expectations while supporting the student',
          ],
          redFlags: [
            'kept a safeguarding concern to themselves',
            'lowered expectations as the only support',
            'shares identifying details',
          ],
          steps: starSteps(
            'About 15 seconds: the class or setting and what you noticed, keeping the student anonymous.',
            'About 15 seconds: what was yours to do as the teacher or trainee.',
            'About 90 seconds: how you spoke to the student, adapted the work or the lesson, and who you told (tutor, SENCo, the safeguarding lead if it was a concern).',
            'About 30 seconds: how the student got on afterwards and what you learned. About two and a half minutes in all.',
          ),
          hints: [
            'A placement story works; pick one where you acted yourself.',
            'At this stage of your career the scope is one student or one class, with your mentor or the class teacher in the background.',
            'If the story involved a safeguarding concern, say that you reported it and keep details out.',
          ],
          followUps: ['How do you balance kindness with holding the same high expectations for that student?'],
        }),
        exampleQuestion({
          question:
            'Tell me about a time you applied the behaviour policy consistently when it would have been easier to let something go.',
          category: 'Integrity',
          difficulty: 'medium',
          minutes: 5,
          basedOn: "using the school's behaviour policy consistently",
          stage: INTERVIEW,
          kind: 'star',
          evaluates: ['Integrity (a stated value)', 'high expectations of behaviour'],
          strongAnswerSignals: [
            'applies the policy calmly and fairly',
            'keeps the relationship with the student',
            'follows up as the policy requires',
          ],
          redFlags: ['shouting presented as control', 'inconsistent with other students', 'no follow-up'],
          steps: starSteps(
            'About 15 seconds: the class, the moment and the behaviour.',
            'About 15 seconds: what the policy asked of you.',
            'About 90 seconds: how you applied it calmly, kept the lesson going and followed up with the student and colleagues.',
            'About 30 seconds: how the student and class responded over the next lessons. About two and a half minutes in all.',
          ),
          hints: [
            'A placement lesson works; show calm consistency, not confrontation.',
            "As a trainee or ECT the scope is your own classroom: show that you used the school's system, not rules of your own. Keep the student anonymous.",
          ],
          followUps: ['What would you do if a senior colleague ignored the same behaviour?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Prepare one story for each value: Ambition, Kindness and Integrity.',
          because: 'The school names its values and says: "We will ask you about them at interview."',
          forQuestions: [1, 2],
          minutes: 45,
        },
        {
          action:
            'Prepare a story about feedback from a mentor or observer that you acted on, and what changed in your teaching.',
          because: 'The school wants someone "open to feedback and keen to improve their practice".',
          forQuestions: [],
          minutes: 20,
        },
        {
          action:
            'Practise each story at two to three minutes (about 30 seconds of setting, 90 of what you did, 30 of result), keeping students anonymous.',
          because: 'The day ends with "an interview with the Head of English and a senior leader".',
          forQuestions: [1, 2],
          minutes: 30,
        },
        {
          action: 'Prepare short, plain versions of your Kindness and Integrity stories for the student panel.',
          because: 'Shortlisted candidates will "meet the student panel".',
          forQuestions: [1],
          minutes: 15,
        },
        {
          action: 'Be ready to reflect on your interview lesson: what went well and what you would change.',
          because: 'Candidates "will teach a 30-minute lesson to a Year 8 class" before the interview.',
          forQuestions: [],
          minutes: 15,
        },
      ],
      strategy:
        "Draw on placements and training, and show that you are reflective, consistent with behaviour and keen to improve. Name the school's value each story shows, keep an Ambition story ready too, and expect the student panel to ask simpler, direct questions that deserve short, honest answers.",
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
            'Plan the 30-minute Year 8 lesson you will teach at interview on the topic "How does the writer create suspense in the opening of a short story?". Walk us through it minute by minute.',
          category: 'lesson planning',
          difficulty: 'easy',
          minutes: 15,
          basedOn: 'Plan lessons that build knowledge step by step',
          stage: LESSON,
          kind: 'case_structure',
          evaluates: [
            'planning lessons that build knowledge step by step (a listed duty)',
            'realistic timing for 30 minutes',
          ],
          strongAnswerSignals: [
            'one clear objective and timings that add up to 30 minutes',
            'a model, guided practice and a check for understanding',
            'planned scaffolds for the 9 EAL and 3 SEND students, and a role for the teaching assistant',
          ],
          redFlags: ['too much content for 30 minutes', 'no check for understanding', 'no adaptation for the class'],
          steps: [
            ['Objective', 'One outcome: explain how two techniques create suspense.'],
            [
              'Timing',
              '3 minutes starter, 8 minutes model, 10 minutes guided practice, 6 minutes independent writing, 3 minutes check.',
            ],
            ['Adapt', 'Glossary and sentence stems for the 9 EAL students, a printed extract for the 3 with SEND.'],
            ['Check', 'A hinge question after the model and an exit sentence to mark.'],
          ],
          hints: ['What will the class be able to do at minute 30 that they could not do at minute 0?'],
          followUps: ['The class finishes the practice early. What do you add?'],
          caseStudy: {
            scenario: 'The school has sent the topic for your interview lesson with a Year 8 class you have not met.',
            dataProvided: [
              '30 minutes, Year 8, 28 students',
              '9 students with EAL, 3 with SEND support plans',
              'Extract: the first 300 words of a short story',
              'A teaching assistant is in the room',
            ],
            expectedApproach:
              'A single objective, a modelled analysis, guided then independent practice, a hinge question and an exit task, with planned scaffolds for EAL and SEND and a role for the teaching assistant.',
          },
        }),
        exampleQuestion({
          question:
            "Here are your Year 9 class's assessment results. What do they tell you, and what would you do over the next six weeks?",
          category: 'using assessment data',
          difficulty: 'medium',
          minutes: 15,
          basedOn: 'use assessment data to plan next steps',
          stage: INTERVIEW,
          kind: 'case_structure',
          evaluates: [
            'using assessment data to plan next steps (a listed duty)',
            'spotting a group pattern in the figures',
          ],
          strongAnswerSignals: [
            'finds analysis (14/30) as the weakest skill and the 9 students below 10',
            'notices that 6 of those 9 have EAL',
            'plans a focused intervention within normal lessons and a check every two weeks',
          ],
          redFlags: ['re-teaches everything to everyone', 'ignores the EAL pattern', 'no way to measure progress'],
          steps: [
            [
              'Read the data',
              'Retrieval is secure (22/30) but analysis is weak (14/30); 9 of 28 students (about a third) scored below 10.',
            ],
            ['Find the pattern', '6 of those 9 have EAL: vocabulary for analysis is a likely barrier.'],
            [
              'Plan',
              'Teach analytical vocabulary explicitly, model paragraphs weekly, and give the 9 students a short extra task with feedback.',
            ],
            ['Check', 'Use a short analysis task every two weeks, then the next assessment.'],
          ],
          hints: ['Is it a whole-class problem or a group problem?'],
          followUps: ['After three weeks only two of the nine have improved. What next?'],
          caseStudy: {
            scenario: 'Your Year 9 class sat a mock assessment on a literature extract.',
            dataProvided: [
              '28 students',
              'Average score for retrieval: 22/30',
              'Average score for analysing language: 14/30',
              '9 students scored below 10/30 on analysis, 6 of them with EAL',
              'Next assessment in six weeks',
            ],
            expectedApproach:
              'Identify analysis as the weak skill, note that a third of the class is far behind and two-thirds of them have EAL, plan explicit vocabulary and modelling with a targeted group, and check progress every two weeks.',
          },
        }),
      ],
      preparationPlan: [
        {
          action: 'Write a minute-by-minute plan for the interview lesson and rehearse it aloud against a timer.',
          because:
            'Shortlisted candidates "will teach a 30-minute lesson to a Year 8 class (we will send the topic in advance)".',
          forQuestions: [1],
          minutes: 90,
        },
        {
          action:
            'Prepare resources with scaffolds for EAL and SEND students: a glossary, sentence stems, a printed extract.',
          because:
            'You will "Adapt teaching for students with SEND and EAL, with support from the SENCo and teaching assistants".',
          forQuestions: [1],
          minutes: 45,
        },
        {
          action: "Practise reading a class's assessment data and naming one priority and the group it affects.",
          because: 'You will "use assessment data to plan next steps".',
          forQuestions: [2],
          minutes: 20,
        },
        {
          action: 'Prepare a short reflection on your lesson for the interview afterwards.',
          because: 'After the lesson comes "an interview with the Head of English and a senior leader".',
          forQuestions: [1],
          minutes: 15,
        },
      ],
      strategy:
        'Keep the interview lesson simple: one objective, a model, practice and a check. Show that you use data and adapt for every student, as an early-career teacher supported by coaching, and that you can say honestly afterwards what you would change.',
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
            'How does the ECT induction work in practice: how often will I meet my mentor, and what does a coaching week look like?',
          category: 'induction and mentoring',
          difficulty: 'easy',
          minutes: 3,
          basedOn: 'A two-year ECT induction with a trained mentor and a reduced timetable',
          stage: INTERVIEW,
          kind: 'why_ask',
          evaluates: ['how real the promised induction is', 'time protected for coaching', 'support in the first year'],
          strongAnswerSignals: [
            'a weekly meeting with a named mentor',
            'coaching and the reduced timetable protected in the timetable',
            "what last year's ECTs said about it",
          ],
          redFlags: ['no named mentor', 'reduced timetable not protected', 'vague about coaching'],
          steps: [
            [
              'Why ask this',
              'The posting promises a trained mentor and weekly coaching; this checks what it looks like.',
            ],
            ['What a good answer sounds like', 'A weekly meeting, a named coach, protected time in the timetable.'],
            ['Warning signs', 'Coaching happens "when there is time".'],
          ],
          hints: ['Ask the Head of English; safe in any interview.'],
          followUps: ["What did last year's ECTs say about the induction?"],
        }),
        exampleQuestion({
          question:
            'How does the behaviour policy work in a typical lesson, and how do senior leaders support a new teacher when a class is difficult?',
          category: 'behaviour and support',
          difficulty: 'medium',
          minutes: 4,
          basedOn: 'Keep high expectations of behaviour',
          stage: INTERVIEW,
          kind: 'why_ask',
          evaluates: ['consistency of behaviour systems', 'support from senior leaders', 'what new teachers face'],
          strongAnswerSignals: [
            'a clear routine used in every classroom',
            'an on-call system that comes when called',
            'senior leaders who follow up with the class and the new teacher',
          ],
          redFlags: [
            '"it depends on the teacher"',
            'no on-call or support system',
            'new teachers given the hardest classes without support',
          ],
          steps: [
            ['Why ask this', 'Consistent behaviour support decides how well a new teacher can teach.'],
            [
              'What a good answer sounds like',
              'A clear routine, a call-out or on-call system, and leaders who follow up.',
            ],
            ['How to follow up', 'Ask how often on-call is used in a week.'],
          ],
          hints: ['Frame it as wanting to apply the policy consistently from day one.'],
          followUps: ['How are new teachers helped with a class that is hard to manage?'],
        }),
      ],
      preparationPlan: [
        {
          action: 'Turn what the posting leaves open (how coaching works, behaviour support) into questions.',
          because: 'The school promises "Weekly instructional coaching and timetabled time to plan with colleagues".',
          forQuestions: [1, 2],
          minutes: 15,
        },
        {
          action: 'Ask about the curriculum and shared resources for Years 10 and 11.',
          because: 'The department has "a shared, well-resourced curriculum".',
          forQuestions: [],
          minutes: 10,
        },
        {
          action: 'Ask how you could contribute to reading for pleasure or a club.',
          because:
            'The school would like someone to "run reading for pleasure or an extra-curricular club (desirable)".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action:
            'Have one simple question ready for the student panel, such as what they enjoy most in English lessons.',
          because: 'Candidates will "meet the student panel".',
          forQuestions: [],
          minutes: 5,
        },
        {
          action: 'Keep questions about pay progression for after an offer.',
          because: 'The post is paid on "MPS/UPS".',
          forQuestions: [],
          minutes: 5,
        },
      ],
      strategy:
        "Use your questions to check the support an early-career teacher gets and that behaviour is handled consistently. Ask the Head of English in the interview, show interest in the department's curriculum, and save pay for after an offer.",
    },
  },
];
