import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import { buildUserMessage, DATA_ONLY_RULE, questionFieldRules, SPECIFICITY_RULE } from './shared-instructions.js';

interface AnalysisSteps {
  role: string;
  keyRequirements: string;
  levelExpectations: string;
  skillsToProbe: string;
  planning: string;
}

// Each type reasons about different things before it writes: skills, competencies, business
// problems, or what the candidate still needs to learn about the employer.
const STEPS: Record<InterviewType, AnalysisSteps> = {
  technical: {
    role: 'You are a technical interviewer who reasons carefully about a role before writing any question.',
    keyRequirements:
      'list the technical requirements: languages, frameworks, platforms, data stores, practices (testing, CI/CD, security) and the problems the team solves, in the order of importance the posting gives them.',
    levelExpectations:
      'state what the level means for this role in practice: the scope of problems the person owns, the depth of design expected, and what separates a pass from a strong pass.',
    skillsToProbe:
      'choose the technical skills most worth testing, most important first; prefer core, daily-use skills over nice-to-haves, and include at least one design or debugging skill.',
    planning: 'Map each question to one or more skillsToProbe; no two questions test the same skill in the same way.',
  },
  behavioral: {
    role: 'You are a behavioral interviewer who reasons about the competencies a role needs before writing any question.',
    keyRequirements:
      'list the responsibilities and working conditions that call for behaviour: whom the person works with, what they own, the pace, the pressure, the conflicts the role invites.',
    levelExpectations:
      'state the behaviour expected at this level: how much autonomy, how much influence on others, what size of stories the candidate should be able to tell.',
    skillsToProbe:
      'turn the requirements into competencies to probe (for example stakeholder management, ownership, resilience, coaching), most critical first.',
    planning: 'Map each question to one competency from skillsToProbe and to the responsibility it comes from.',
  },
  case_study: {
    role: 'You are a case interviewer who reasons about the business a role serves before writing any case.',
    keyRequirements:
      'list the business context: industry, customers, business model, key metrics and the decisions this role makes or supports.',
    levelExpectations:
      'state how ambiguous and how broad a case this level should handle, and how much of the structuring the candidate should drive alone.',
    skillsToProbe:
      'choose the analytical skills to probe (for example market sizing, profitability drivers, prioritisation, experiment design), most relevant to the daily work first.',
    planning: 'Design each case around one business problem this role could meet in its first year, with numbers that make the analysis concrete.',
  },
  reverse: {
    role: 'You are a career coach who reasons about what a candidate still needs to learn about an employer before writing any question.',
    keyRequirements:
      'list what the posting promises and demands: responsibilities, stack or methods, team setup, growth, perks, and any vague or missing information.',
    levelExpectations:
      'state what a candidate at this level needs to know before accepting: scope, support, decision rights, career path.',
    skillsToProbe:
      'list the topics the candidate should probe the employer on, most decision-relevant first: gaps, ambiguities, risks or claims in the posting to verify.',
    planning: 'Map each question to one topic from skillsToProbe; the employer\'s answer must help the candidate decide.',
  },
};

/** Chain of thought: fill the `analysis` object step by step, then derive the questions from it. */
export function buildChainOfThoughtPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const steps = STEPS[context.interviewType];
  const system = [
    `${steps.role} ${guide.purpose}`,
    [
      'Reply with one JSON object with the keys "analysis", "questions", "recommendations" and "strategy", in that order, and nothing else.',
      'Fill "analysis" FIRST and think it through before you write any question:',
      `Step 1 - analysis.keyRequirements: ${steps.keyRequirements}`,
      `Step 2 - analysis.levelExpectations: ${steps.levelExpectations}`,
      `Step 3 - analysis.skillsToProbe: ${steps.skillsToProbe}`,
      `Step 4 - plan the questions: ${steps.planning} Set each difficulty from Step 2.`,
      'Step 5 - write the questions, then recommendations that close the gaps your analysis found, then the strategy.',
      'Every question must follow from your analysis; do not add questions the analysis does not support.',
    ].join('\n'),
    questionFieldRules(context, 'null'),
    SPECIFICITY_RULE,
    DATA_ONLY_RULE,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: `Work step by step: analyse the job below (requirements, level, ${context.interviewType === 'reverse' ? 'topics to probe' : 'skills to probe'}), then write the ${guide.name} questions.`,
    guidance: [
      'Write the analysis object first, following Steps 1 to 5 of your instructions; the questions must trace back to analysis.skillsToProbe.',
    ],
    closing: 'Start with the analysis, then the questions.',
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
