import type { ExperienceLevel, InterviewType } from '../schemas/generation-request.js';
import type { FrameworkKind } from '../schemas/question.js';

/** What every template needs to know about one interview type. */
export interface InterviewTypeGuide {
  /** Name used in prompts, e.g. "behavioral interview". */
  name: string;
  /** Who asks whom, and what the questions are for. */
  purpose: string;
  frameworkKind: FrameworkKind;
  /** How answerFramework must be filled for this type. */
  frameworkRule: string;
  /** Whether caseStudy is null or filled, and how. */
  caseStudyRule: string;
  /** What evaluates, hints, followUps and timeEstimateMinutes mean. */
  fieldMeanings: string;
  /** What strongAnswerSignals lists for this type. */
  strongAnswerRule: string;
  /** What redFlags lists for this type. */
  redFlagsRule: string;
  /** What difficulty measures for this type. */
  difficultyRule: string;
  /** Typical categories, as a hint for the category field; never tied to one profession. */
  categories: readonly string[];
  /** How the candidate's level shapes the questions of this type. */
  levelFocus: Record<ExperienceLevel, string>;
}

const NO_CASE_STUDY = 'caseStudy: this interview type has no caseStudy block.';

const DIFFICULTY_AGAINST_THE_BAR =
  'difficulty: measured against the bar for the candidate\'s level, not in absolute terms: "easy" = a warm-up that anyone who meets this level\'s bar answers well; "medium" = at the bar: what a solid candidate at this level handles in the job every week; "hard" = above the bar: the hardest situations this level meets, where strong candidates stand out. Use exactly the difficulty split the request gives.';

const WEAK_ANSWER_FLAGS =
  'redFlags: 2-4 concrete signs of a weak answer to THIS question at this level (for example skips a safety check the standard requires, cannot say why a step matters, guesses a figure instead of working it out, never says when to escalate); never null.';

/** One guide per interview type; each template combines it with its technique's own text. */
export const INTERVIEW_TYPE_GUIDES: Record<InterviewType, InterviewTypeGuide> = {
  technical: {
    name: 'technical interview',
    purpose:
      '"Technical" means the role-specific knowledge and skills of THIS profession, identified from the posting: the procedures, standards, calculations, tools, equipment and judgement the job needs every day, asked in the forms that profession really uses (for example clinical scenarios and drug calculations for a nurse; food safety (HACCP), allergens and menu costing for a chef; a policy submission exercise for a policy advisor; lesson planning and a lesson observation for a teacher; site-safety scenarios and cost control for a site manager).',
    frameworkKind: 'approach',
    frameworkRule:
      'answerFramework.kind: "approach". steps: 3-5 steps outlining how a strong candidate works through THIS question (for example clarify the situation, name the standard or principle that applies, work through it step by step, check the result and its risks, say when to escalate), each with guidance naming the concrete procedure, standard, tool or figure to mention.',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      "evaluates: 2-4 items: first the one competency the question probes (in the posting's own words when it has them), then what else the interviewer judges with it. hints: nudges an interviewer would give a stuck candidate, without giving the answer away. followUps: deeper or harder questions that build on the answer. timeEstimateMinutes: realistic whole minutes (about 3-5 for a knowledge question, 8-15 for a scenario or a calculation, 20-45 for a practical exercise).",
    strongAnswerRule:
      'strongAnswerSignals: 2-4 things a strong answer at this level shows for THIS question (for example "checks the dose against the prescription and the patient\'s weight", "names when to escalate and to whom"); concrete enough for the candidate to check their own answer against.',
    redFlagsRule: WEAK_ANSWER_FLAGS,
    difficultyRule: DIFFICULTY_AGAINST_THE_BAR,
    categories: [
      'core knowledge',
      'procedures and standards',
      'practical scenario',
      'calculation',
      'tools and equipment',
      'safety and quality',
      'professional judgement',
    ],
    levelFocus: {
      junior:
        'Probe the fundamentals and the routine tasks of the job, done safely and correctly, with help available.',
      mid: 'Probe the full range of everyday cases handled alone, including the non-routine ones, and the trade-offs they involve.',
      senior:
        'Probe complex and high-risk situations, judgement when the standard answer does not fit, improving practice and guiding others.',
      lead: 'Probe setting standards and direction for a team or service, weighing risk, cost and quality across it, and deciding under uncertainty.',
    },
  },
  behavioral: {
    name: 'behavioral interview',
    purpose:
      'The interviewer asks the candidate about real past situations ("Tell me about a time...") to predict how they will act in this job.',
    frameworkKind: 'star',
    frameworkRule:
      'answerFramework.kind: "star". steps: exactly four steps labelled "Situation", "Task", "Action", "Result", in that order, each with guidance on what THIS candidate should cover for THIS question, timed for a 2-3 minute answer: Situation and Task together about 30 seconds, Action about 90 seconds (the longest part: what the candidate did, in the first person), Result about 30 seconds (a measurable outcome and what they learned).',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      "evaluates: 2-4 items: first the one competency the story reveals (the posting's own name for it when it names competencies, behaviours or values), then what else the interviewer judges with it. hints: which kind of story to pick (the setting and the kind of situation, recent, the candidate's own role), the scope expected at this level, and what to stress. followUps: probing questions an interviewer asks to test the story. timeEstimateMinutes: about 5 per story (a 2-3 minute answer plus follow-ups).",
    strongAnswerRule:
      "strongAnswerSignals: 2-4 things a strong story at this level shows (for example a real situation of the right scope, the candidate's own actions and reasoning in the first person, a result with evidence and what they learned), specific to THIS question.",
    redFlagsRule:
      'redFlags: 2-4 concrete signs of a weak story (for example says "we" but never "I", no outcome, blames others, a hypothetical instead of a real event, a story far below the scope of this level); never null.',
    difficultyRule: DIFFICULTY_AGAINST_THE_BAR,
    categories: [
      'teamwork',
      'conflict',
      'leadership',
      'ownership',
      'failure and learning',
      'communication',
      'adaptability',
    ],
    levelFocus: {
      junior:
        "Story scope: placements, training, first jobs, studies or volunteering; the candidate's own tasks, how they learned, asked for help and worked with others.",
      mid: 'Story scope: their own area of work owned end to end; disagreements with peers, delivering under pressure, guiding newer colleagues.',
      senior:
        'Story scope: a whole area, service or project; leading without formal authority, developing others, working across teams, high-stakes calls.',
      lead: 'Story scope: a team, department or organisation; building and changing teams, hard people decisions, setting direction, influencing senior leaders and partners.',
    },
  },
  case_study: {
    name: 'case study interview',
    purpose:
      "The interviewer gives the candidate the work-sample exercise this profession really uses, set in the job's own setting with the facts and figures it needs (for example a business or market case for a consultant or analyst, a menu-costing task for a chef, a patient-prioritisation scenario for a nurse, an options paper or submission for a policy advisor, a lesson plan from class data for a teacher, a programme or cost problem for a site manager), and asks them to structure it, work through the data and recommend what to do.",
    frameworkKind: 'case_structure',
    frameworkRule:
      'answerFramework.kind: "case_structure". steps: 4-6 steps for working this case (for example clarify the objective and constraints, structure the problem, work through the data, weigh the options, recommend and name the risks), each with guidance tied to the figures in the case.',
    caseStudyRule:
      "caseStudy: required for every case. scenario: the situation in 2-4 sentences, in the job's own setting; dataProvided: 3-6 concrete facts or figures handed to the candidate (numbers with units, short extracts, constraints); expectedApproach: what a strong approach and answer look like, using that data, with the arithmetic right. The question field states the task the candidate must do.",
    fieldMeanings:
      'evaluates: 2-4 items: first the one competency the case tests, then what else the interviewer judges with it (structure, use of the figures, professional judgement). hints: nudges toward the right structure or the key figure. followUps: twists that change the case (new data, a constraint). timeEstimateMinutes: 15-45 minutes per case, as whole minutes.',
    strongAnswerRule:
      'strongAnswerSignals: 2-4 things a strong answer at this level does with THIS case (for example clarifies the objective first, uses the figures given and gets the arithmetic right, finds the key driver, recommends with risks and next steps).',
    redFlagsRule:
      'redFlags: 2-4 concrete signs of a weak case answer (for example jumps to a solution without structure, ignores the data provided, arithmetic errors, no recommendation, ignores a safety or legal constraint); never null.',
    difficultyRule: DIFFICULTY_AGAINST_THE_BAR,
    categories: [
      'prioritisation',
      'planning',
      'costing and budget',
      'analysis and options',
      'risk and safety',
      'quality improvement',
      'estimation',
    ],
    levelFocus: {
      junior: 'Give small, well-bounded exercises with clean data and one clear question.',
      mid: 'Give exercises with several factors to untangle and a recommendation to defend.',
      senior: 'Give ambiguous exercises with incomplete data, competing goals and knock-on effects.',
      lead: 'Give exercises across a whole service or organisation: investment choices, trade-offs between teams, leading change.',
    },
  },
  reverse: {
    name: 'reverse interview (questions the candidate asks the employer)',
    purpose:
      'The CANDIDATE asks these questions to the employer at the end of an interview, to judge whether this job, team and organisation are right for them and to show genuine, informed interest.',
    frameworkKind: 'why_ask',
    frameworkRule:
      'answerFramework.kind: "why_ask". steps: 2-4 steps such as "Why ask this", "What a good answer sounds like", "Warning signs", "How to follow up", each with guidance specific to this employer and role; "What a good answer sounds like" matches strongAnswerSignals.',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      "question: what the candidate asks the employer, in the candidate's voice. evaluates: what the employer's answer tells the candidate about the employer (team health, expectations, growth, stability), 2-4 items. hints: how and when to ask it tactfully, and whom to ask. followUps: what the candidate can ask next depending on the answer. timeEstimateMinutes: minutes of conversation it takes, usually 2-5.",
    strongAnswerRule:
      'strongAnswerSignals: 2-4 signs of a good answer FROM THE EMPLOYER to this question (for example names concrete success measures, describes real support, is open about a difficulty), so the candidate knows what to listen for.',
    redFlagsRule:
      "redFlags: 2-4 warning signs in the EMPLOYER's answer that should worry the candidate (for example no clear success criteria, high turnover brushed aside, vague about funding or staffing); never null.",
    difficultyRule:
      'difficulty: how delicate the question is (easy = safe in any round, medium = needs some rapport, hard = sensitive, for a later round or the hiring manager). Use exactly the split the request gives.',
    categories: [
      'role expectations',
      'team and collaboration',
      'growth',
      'culture',
      'tools and ways of working',
      'stability and resources',
      'working conditions',
    ],
    levelFocus: {
      junior:
        'Focus on induction, supervision and mentoring, feedback, what a first success looks like and how learning is supported.',
      mid: 'Focus on ownership, how work is prioritised, how the team works and the path to the next level.',
      senior:
        'Focus on the hardest problems, decision rights, what has been put off and why, expectations at 6-12 months.',
      lead: 'Focus on mandate, budget and headcount, reporting lines, strategy, and how leadership measures success.',
    },
  },
};
