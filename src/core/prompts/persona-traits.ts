import type { CompanyType, PersonaStyle } from '../schemas/generation-request.js';

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
export const COMPANY_CULTURES = {
  startup: {
    name: 'a startup',
    culture:
      'small team; speed and ownership matter most; people wear many hats, deliver with limited resources, work with ambiguity and make pragmatic trade-offs.',
  },
  big_tech: {
    name: 'a large, well-known employer',
    culture:
      'a structured, multi-stage interview process with a high, calibrated bar; work at large scale (many customers, patients, students or sites), standard procedures, data-driven decisions and clear expectations for each level.',
  },
  enterprise: {
    name: 'an established enterprise',
    culture:
      'long-standing processes and systems, compliance, change management and many stakeholders; reliability and predictability are valued.',
  },
  agency: {
    name: 'an agency',
    culture:
      'client work on several jobs at once, tight deadlines, estimates and scope changes, and explaining decisions to non-specialist clients.',
  },
  public_sector: {
    name: 'a public sector organisation',
    culture:
      'a public-service mission, accountability and transparency, accessibility, privacy and security rules, procurement and long-lived services.',
  },
  consultancy: {
    name: 'a consultancy',
    culture:
      'client-facing, hypothesis-driven problem solving, quick ramp-up in new domains, crisp structured communication and recommendations that hold up with executives.',
  },
  nonprofit: {
    name: 'a nonprofit',
    culture:
      'a mission-driven team with a tight budget, doing more with less, working with volunteers, donors and partners, and measuring impact honestly.',
  },
} as const satisfies Record<CompanyType, { name: string; culture: string }>;

/**
 * What a company type adds for a software posting: the user message carries it when the posting's
 * sector is software, so the big-tech framing reaches no other profession.
 */
export const SOFTWARE_COMPANY_NOTES: Partial<Record<CompanyType, string>> = {
  big_tech:
    'for this software role, a large, well-known employer means a big tech company: millions of users, large codebases and organisations, and a calibrated interview loop.',
};
