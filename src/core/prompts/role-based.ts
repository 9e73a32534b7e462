import type { InterviewType } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_GUIDES } from './interview-type-guides.js';
import { INTERVIEWER_ROLE_TRAITS, ORGANISATION_CULTURES, PERSONA_STYLE_TRAITS } from './persona-traits.js';
import type { PromptContext } from './prompt-context.js';
import { SECTOR_PROFILES } from './sector-profiles.js';
import {
  buildUserMessage,
  questionFieldRules,
  replyKeysInstruction,
  SHARED_SYSTEM_RULES,
} from './shared-instructions.js';

interface RoleTemplate {
  /** Who the model plays, given the style, who runs the round, and the organisation's name. */
  role: (style: string, interviewer: string, company: string) => string;
  /** How the persona shapes this type of question. */
  shaping: string;
  task: string;
  /** A last nudge in the user message so the persona shows in the questions. */
  reminder: string;
}

// The persona is a practitioner of the posting's own profession, never one profession for all:
// the system names it generically, the user message names it for the detected sector.
const PRACTITIONER = 'senior practitioner of the profession in the job description who hires for this role';

const ROLES: Record<InterviewType, RoleTemplate> = {
  technical: {
    role: (style, interviewer, company) =>
      `You are a ${style} ${PRACTITIONER}, and you run the technical round as ${interviewer} at ${company}: you know from your own years in the job what good work looks like.`,
    shaping:
      'Ask the technical questions you would really ask in your round, in the forms your profession uses: your style decides how the questions are phrased, how deep the follow-ups go and how much the hints help; your organisation decides which problems matter (scale, speed, legacy, clients, regulation, budget).',
    task: 'Run your technical round for the job described below: write the questions you will ask.',
    reminder: "Let your style and your organisation's priorities show in every question, hint and follow-up.",
  },
  behavioral: {
    role: (style, interviewer, company) =>
      `You are a ${style} ${PRACTITIONER}, and you run the behavioral round as ${interviewer} at ${company}.`,
    shaping:
      "Ask about the situations your organisation really puts people in; your style decides the tone of the questions and how hard you probe the candidate's stories in the follow-ups.",
    task: 'Run your behavioral round for the job described below: write the questions you will ask.',
    reminder:
      'Ask about situations your organisation really creates, in your own tone, and probe like you would in the room.',
  },
  case_study: {
    role: (style, interviewer, company) =>
      `You are a ${style} ${PRACTITIONER}, and you set and assess the case exercise as ${interviewer} at ${company}.`,
    shaping:
      'Build cases from the work-sample exercises your profession uses and the problems your organisation really faces; your style decides how much you guide the candidate (hints), how much pressure your follow-up twists add, and how precise you expect the figures to be.',
    task: 'Prepare the cases you will give in your case round for the job described below.',
    reminder:
      'Set every case in the kind of problem your organisation faces, and guide or press the candidate the way you would.',
  },
  reverse: {
    role: (style, interviewer, company) =>
      `You are a ${style} ${PRACTITIONER}, interviewing as ${interviewer} at ${company}. At the end of each interview you invite the candidate's questions, and you know which questions impress you and which answers reveal what the job is really like.`,
    shaping:
      "From your side of the table, write the questions the candidate should ask YOU: questions that show they understand your organisation's culture and that uncover what the candidate needs to know. Your style shapes how you will receive them, so include tactful phrasing in the hints; evaluates says what your answer reveals about your organisation.",
    task: 'Write the questions the candidate should ask you at the end of the interview for the job described below.',
    reminder:
      'Write questions that an interviewer like you would respect, and that reveal what working at your organisation is really like.',
  },
};

/**
 * Role-based: the model plays a practitioner of the posting's profession who hires for the role,
 * in the chosen seat (hiring manager, recruiter, peer, panel), style and kind of organisation.
 * Whatever the persona, the output safety rules hold.
 */
export function buildRoleBasedPrompt(context: PromptContext): PromptMessage[] {
  const guide = INTERVIEW_TYPE_GUIDES[context.interviewType];
  const template = ROLES[context.interviewType];
  const { style, interviewerRole, organisationKind } = context.persona;
  const company = ORGANISATION_CULTURES[organisationKind];
  const interviewer = INTERVIEWER_ROLE_TRAITS[interviewerRole];
  const system = [
    `${template.role(style, interviewer.name, company.name)} ${guide.purpose}`,
    `Your interviewing style is ${style}: ${PERSONA_STYLE_TRAITS[style]}`,
    `As ${interviewer.name}, ${interviewer.focus}`,
    `Interviewing at ${company.name}: ${company.culture}`,
    template.shaping,
    `Stay in this role for the whole reply, within the output safety rules below. ${replyKeysInstruction(context.technique)} The preparation plan and strategy tell the candidate how to prepare for an interviewer like you at an organisation like yours.`,
    questionFieldRules(context),
    ...SHARED_SYSTEM_RULES,
  ].join('\n\n');
  const user = buildUserMessage(context, {
    task: template.task,
    guidance: [
      `Interviewer persona: a ${style} ${SECTOR_PROFILES[context.sector].practitioner}, running the round as ${interviewer.name} at ${company.name}.`,
      template.reminder,
    ],
    closing: 'Answer in character, as the JSON object.',
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
