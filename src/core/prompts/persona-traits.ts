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

/** What interviewing at each kind of organisation looks like. */
export const COMPANY_CULTURES = {
  startup: {
    name: 'a startup',
    culture:
      'small team; speed and ownership matter most; people wear many hats, ship with limited resources, work with ambiguity and make pragmatic trade-offs.',
  },
  big_tech: {
    name: 'a big tech company',
    culture:
      'a structured interview loop with a high, calibrated bar; scale (millions of users, large codebases and organisations), data-driven decisions and clear levelling expectations.',
  },
  enterprise: {
    name: 'an established enterprise',
    culture:
      'large existing systems and processes, integration with legacy, compliance, change management and many stakeholders; reliability and predictability are valued.',
  },
  agency: {
    name: 'an agency',
    culture:
      'client work on several projects at once, tight deadlines, estimates and scope changes, and explaining decisions to non-specialist clients.',
  },
  public_sector: {
    name: 'a public sector organisation',
    culture:
      'a public-service mission, accountability and transparency, accessibility, privacy and security rules, procurement and long-lived systems.',
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
