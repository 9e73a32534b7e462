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
  /** What evaluates, hints, followUps, difficulty and timeEstimateMinutes mean for this type. */
  fieldMeanings: string;
  /** Typical categories, as a hint for the category field. */
  categories: readonly string[];
  /** How the candidate's level shapes the questions of this type. */
  levelFocus: Record<ExperienceLevel, string>;
  /** How difficulty is spread; null means the level's usual mix applies. */
  difficultyMix: string | null;
}

const NO_CASE_STUDY = 'caseStudy: always null for this interview type.';

/** One guide per interview type; each template combines it with its technique's own text. */
export const INTERVIEW_TYPE_GUIDES: Record<InterviewType, InterviewTypeGuide> = {
  technical: {
    name: 'technical interview',
    purpose:
      'The interviewer asks the candidate technical questions: problem solving, coding, system design, debugging and the tools named in the job description.',
    frameworkKind: 'approach',
    frameworkRule:
      'answerFramework.kind: "approach". steps: 3-5 steps outlining how a strong candidate works through THIS question (for example clarify requirements, outline a solution, discuss trade-offs and complexity, verify and test), each with guidance naming the concrete technique or component to mention.',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      'evaluates: the technical competencies the interviewer judges. hints: nudges an interviewer would give a stuck candidate, without giving the answer away. followUps: deeper or harder questions that build on the answer. timeEstimateMinutes: realistic minutes to answer (about 5 for a concept question, 20-45 for design or coding).',
    categories: ['coding', 'system design', 'debugging', 'architecture', 'fundamentals', 'testing', 'tooling'],
    levelFocus: {
      junior: 'Probe fundamentals and small, well-defined implementation tasks in the stack the job names.',
      mid: 'Probe feature-sized design, performance and debugging of real production problems.',
      senior: 'Probe system design at scale, failure modes, trade-offs and technical judgement.',
      lead: 'Probe architecture across teams, technical strategy, migrations and decisions under uncertainty.',
    },
    difficultyMix: null,
  },
  behavioral: {
    name: 'behavioral interview',
    purpose:
      'The interviewer asks the candidate about real past situations ("Tell me about a time...") to predict how they will act in this job.',
    frameworkKind: 'star',
    frameworkRule:
      'answerFramework.kind: "star". steps: exactly four steps labelled "Situation", "Task", "Action", "Result", in that order, each with guidance on what THIS candidate should cover for THIS question (Action is the longest part; Result names a measurable outcome and a lesson).',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      'evaluates: the competencies the story reveals (for example ownership, conflict resolution, communication). hints: what kind of story to pick and what to stress. followUps: probing questions an interviewer asks to test the story. timeEstimateMinutes: 3-8 minutes per story.',
    categories: ['teamwork', 'conflict', 'leadership', 'ownership', 'failure and learning', 'communication', 'adaptability'],
    levelFocus: {
      junior: 'Ask for stories from first jobs, internships, studies or projects: learning, feedback, teamwork.',
      mid: 'Ask for stories of owning work end to end, disagreements with peers, and delivering under pressure.',
      senior: 'Ask for stories of leading without authority, mentoring, cross-team conflict and high-stakes calls.',
      lead: 'Ask for stories of building and changing teams, hard people decisions, and influencing senior leaders.',
    },
    difficultyMix: null,
  },
  case_study: {
    name: 'case study interview',
    purpose:
      'The interviewer hands the candidate a realistic business problem from the domain of this job, with data, and asks them to structure it, analyse it and recommend a course of action.',
    frameworkKind: 'case_structure',
    frameworkRule:
      'answerFramework.kind: "case_structure". steps: 4-6 steps for working this case (for example clarify the objective, structure the problem, analyse the data, weigh options, recommend and name risks), each with guidance tied to the numbers in the case.',
    caseStudyRule:
      'caseStudy: never null. scenario: the business situation in 2-4 sentences; dataProvided: 3-6 concrete facts or figures handed to the candidate (numbers with units); expectedApproach: what a strong approach and answer look like, using that data. The question field states the task the candidate must solve.',
    fieldMeanings:
      'evaluates: structuring, quantitative reasoning, business judgement and communication, named for this case. hints: nudges toward the right structure or the key number. followUps: twists that change the case (new data, a constraint). timeEstimateMinutes: 15-45 minutes per case.',
    categories: ['profitability', 'market entry', 'growth', 'pricing', 'operations', 'product strategy', 'estimation'],
    levelFocus: {
      junior: 'Give small, well-bounded cases with clean data and one clear question.',
      mid: 'Give cases with several drivers to untangle and a recommendation to defend.',
      senior: 'Give ambiguous cases with incomplete data, competing goals and second-order effects.',
      lead: 'Give strategic, organisation-wide cases: investment choices, portfolio trade-offs, change management.',
    },
    difficultyMix: null,
  },
  reverse: {
    name: 'reverse interview (questions the candidate asks the employer)',
    purpose:
      'The CANDIDATE asks these questions to the employer at the end of an interview, to judge whether this job, team and company are right for them and to show genuine, informed interest.',
    frameworkKind: 'why_ask',
    frameworkRule:
      'answerFramework.kind: "why_ask". steps: 2-4 steps such as "Why ask this", "What a good answer sounds like", "Warning signs", "How to follow up", each with guidance specific to this employer and role.',
    caseStudyRule: NO_CASE_STUDY,
    fieldMeanings:
      "question: what the candidate asks the employer, in the candidate's voice. evaluates: what the employer's answer tells the candidate about the employer (team health, expectations, growth, stability). hints: how and when to ask it tactfully. followUps: what the candidate can ask next depending on the answer. difficulty: how delicate the question is (easy = safe in any round, medium = needs some rapport, hard = sensitive, for later rounds). timeEstimateMinutes: minutes of conversation it takes, usually 2-5.",
    categories: ['role expectations', 'team and collaboration', 'growth', 'culture', 'technology and process', 'business and stability', 'working conditions'],
    levelFocus: {
      junior: 'Focus on onboarding, mentoring, feedback, what a first success looks like and how learning is supported.',
      mid: 'Focus on ownership, how work is prioritised, the team\'s process and the path to senior.',
      senior: 'Focus on the hardest problems, decision rights, technical debt, expectations at 6-12 months.',
      lead: 'Focus on mandate, budget and headcount, reporting lines, strategy, and how leadership measures success.',
    },
    difficultyMix:
      'mostly easy questions that are safe in any round, plus one or two more delicate ones (medium or hard) for later rounds.',
  },
};
