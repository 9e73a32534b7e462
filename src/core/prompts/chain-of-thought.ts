import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import type { PromptContext } from './prompt-context.js';
import {
  buildUserMessage,
  questionFieldRules,
  replyKeysInstruction,
  SHARED_SYSTEM_RULES,
} from './shared-instructions.js';

interface AnalysisSteps {
  role: string;
  keyRequirements: string;
  levelExpectations: string;
  skillsToProbe: string;
  planning: string;
}

// Each type reasons about different things before it writes: role-specific skills, competencies,
// work-sample problems, or what the candidate still needs to learn about the employer.
const STEPS: Record<InterviewType, AnalysisSteps> = {
  technical: {
    role: 'You are an interviewer for this profession who reasons carefully about a role before writing any question.',
    keyRequirements:
      'name the occupation, then list the role-specific requirements: the knowledge, procedures, standards, tools, qualifications and situations the job handles, must-haves first (mark nice-to-haves as such), in the order of importance the posting gives them.',
    levelExpectations:
      'state what the level means for this role in practice (scope, autonomy, influence, accountability), what separates a pass from a strong pass, and whether the posting asks for a different level.',
    skillsToProbe:
      "choose the skills most worth testing, must-haves first, one per question, in the posting's own words; include at least one practical scenario, calculation or exercise of the kind this profession really uses.",
    planning:
      'Map each question to one skillsToProbe item; no two questions test the same item. Fit questions to the interview stages the posting states.',
  },
  behavioral: {
    role: 'You are a behavioral interviewer who reasons about the competencies a role needs before writing any question.',
    keyRequirements:
      'list the responsibilities and working conditions that call for behaviour: whom the person works with, what they own, the pace, the pressure, the conflicts the role invites; must-haves first.',
    levelExpectations:
      'state the behaviour expected at this level: how much autonomy, how much influence on others, what scope of stories the candidate should be able to tell, and whether the posting asks for a different level.',
    skillsToProbe:
      'list the competencies to probe, most critical first: the competencies, behaviours or values the posting names, in its exact words, before any of your own (for example ownership, resilience, coaching).',
    planning:
      'Map each question to one competency from skillsToProbe and to the responsibility it comes from; no two questions on the same competency.',
  },
  case_study: {
    role: 'You are a case interviewer who reasons about the work a role does before writing any exercise.',
    keyRequirements:
      'list the context: the occupation, the organisation and the people it serves, its constraints (budget, safety, regulation, time), the measures of success, and the decisions this role makes or supports; must-haves first.',
    levelExpectations:
      'state how ambiguous and how broad an exercise this level should handle, how much of the structuring the candidate should drive alone, and whether the posting asks for a different level.',
    skillsToProbe:
      'choose the skills to test with a work-sample exercise of the kind this profession really uses (for example prioritising, costing, planning, weighing options), one per case, most relevant to the daily work first.',
    planning:
      'Design each case around one problem this role could meet in its first year, with figures that make the analysis concrete; no two cases test the same skill.',
  },
  reverse: {
    role: 'You are a career coach who reasons about what a candidate still needs to learn about an employer before writing any question.',
    keyRequirements:
      'list what the posting promises and demands: responsibilities, tools or methods, team setup, growth, benefits, the stated interview stages, and any vague or missing information.',
    levelExpectations:
      'state what a candidate at this level needs to know before accepting: scope, support, decision rights, career path.',
    skillsToProbe:
      'list the topics the candidate should probe the employer on, most decision-relevant first: gaps, ambiguities, risks or claims in the posting to verify.',
    planning:
      "Map each question to one topic from skillsToProbe; no two questions on the same topic; the employer's answer must help the candidate decide.",
  },
};

/** Chain of thought: fill the `analysis` object step by step, then derive the questions from it. */
export function buildChainOfThoughtPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const steps = STEPS[context.interviewType];
  const system = [
    `${steps.role} ${guide.purpose}`,
    [
      replyKeysInstruction(context.technique),
      'Fill "postingAnalysis" and "analysis" FIRST and think them through before you write any question:',
      `Step 1 - analysis.keyRequirements: ${steps.keyRequirements}`,
      `Step 2 - analysis.levelExpectations: ${steps.levelExpectations}`,
      `Step 3 - analysis.skillsToProbe: ${steps.skillsToProbe}`,
      `Step 4 - plan the questions: ${steps.planning} Set each difficulty from Step 2 and the split the request gives.`,
      'Step 5 - write the questions, then a preparation plan that closes the gaps your analysis found, then the strategy.',
      'Every question must follow from your analysis; do not add questions the analysis does not support.',
    ].join('\n'),
    questionFieldRules(context),
    ...SHARED_SYSTEM_RULES,
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
