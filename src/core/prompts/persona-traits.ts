import type { InterviewerRole, OrganisationKind, PersonaStyle } from '../schemas/generation-request.js';

/** How an interviewer of each style behaves, and how that shows in the questions. */
export const PERSONA_STYLE_TRAITS = {
  strict:
    'exacting and detail-oriented: you ask pointed, precise questions, expect evidence, numbers and correct terminology, push back on vague answers with hard follow-ups, and keep hints minimal.',
  friendly:
    'warm and encouraging: you ask conversational, open questions that let the candidate show their best, build on what they have done, give generous hints and follow up with curiosity rather than pressure.',
  neutral:
    'balanced and objective: you ask clear, structured questions with the same bar for every candidate, follow up to gather evidence, and neither help nor pressure more than needed.',
} as const satisfies Record<PersonaStyle, string>;

/**
 * What interviewing at each kind of organisation looks like, in words that fit any profession
 * (these go into the system message, which never knows the posting's sector).
 */
export const ORGANISATION_CULTURES = {
  unspecified: {
    name: 'the organisation in the job description',
    culture:
      'take its size, its setting, the people it serves and its priorities from the posting itself, and interview the way such an organisation does.',
  },
  startup: {
    name: 'a startup',
    culture:
      'small team; speed and ownership matter most; people wear many hats, deliver with limited resources, work with ambiguity and make pragmatic trade-offs.',
  },
  established_company: {
    name: 'an established company',
    culture:
      'a structured, multi-stage interview process with a calibrated bar; standard procedures, many stakeholders, reliability and clear expectations for each level.',
  },
  public_body: {
    name: 'a public body',
    culture:
      'a public-service mission, accountability and transparency, fairness and accessibility, published frameworks for assessing candidates, procurement and long-lived services.',
  },
  charity: {
    name: 'a charity',
    culture:
      'a mission-driven team with a tight budget, doing more with less, working with volunteers, donors and partners, and measuring impact honestly.',
  },
  agency: {
    name: 'an agency',
    culture:
      'client work on several jobs at once, tight deadlines, estimates and scope changes, and explaining decisions to non-specialist clients.',
  },
} as const satisfies Record<OrganisationKind, { name: string; culture: string }>;

/** Who runs the round, and what each one listens for. */
export const INTERVIEWER_ROLE_TRAITS = {
  hiring_manager: {
    name: 'the hiring manager',
    focus:
      'you will manage the person you hire, so you listen for whether they can do this job from day one and grow in it.',
  },
  recruiter: {
    name: 'the recruiter',
    focus:
      'you screen before the specialists meet the candidate, so you check the must-haves, motivation and fit against the posting, and keep the questions accessible to a non-specialist.',
  },
  peer: {
    name: 'a future peer',
    focus:
      'you would work beside the person every day, so you listen for how they really do the work and whether they are safe and easy to work with.',
  },
  panel: {
    name: 'the chair of an interview panel',
    focus:
      'you ask each question the same way of every candidate and score the answers against the criteria the posting names, so every question maps to one criterion.',
  },
} as const satisfies Record<InterviewerRole, { name: string; focus: string }>;
