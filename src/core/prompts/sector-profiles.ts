import type { InterviewType } from '../schemas/generation-request.js';
import type { Sector } from './sector-signals.js';

/** What the final user message says about a detected sector, so the questions take its real forms. */
export interface SectorProfile {
  /** The sector as the prompt names it. */
  label: string;
  /** Who hires for jobs in this sector: the senior practitioner a role-based persona plays. */
  practitioner: string;
  /** Per interview type, the forms and topics this sector really uses. */
  forms: Record<InterviewType, string>;
}

// Only this file and the software example may carry software vocabulary, and only the software
// profile does: the other sectors' prompts never read it.
export const SECTOR_PROFILES: Record<Sector, SectorProfile> = {
  software: {
    label: 'software and IT',
    practitioner: 'senior or staff engineer (or engineering manager) who hires for this role',
    forms: {
      technical:
        'coding exercises, system design, debugging a production failure, code review, and the languages, tools and practices the posting names; from senior level up, design at scale, failure modes and trade-offs',
      behavioral:
        'stories from projects, incidents and on-call, code reviews, disagreements over design, and work with product and other teams',
      case_study:
        'a design or architecture exercise, an incident or migration scenario with figures, or a product trade-off with data',
      reverse:
        'on-call load, how technical debt gets time, release and review practices, the engineering career ladder',
    },
  },
  healthcare: {
    label: 'healthcare and nursing',
    practitioner:
      'senior clinician of this specialty (for example a nurse manager or a senior pharmacist) who hires for this role',
    forms: {
      technical:
        'clinical scenarios (a deteriorating patient, escalation on an early warning score), drug and infusion calculations, medication safety, infection prevention, documentation and consent, and the equipment, procedures and certifications the posting names',
      behavioral:
        'stories from shifts: patients and families, the multidisciplinary team, a busy or unsafe shift, raising a concern, a mistake and what changed',
      case_study:
        'a patient-prioritisation or handover scenario, a care plan from a short history, a drug-calculation or medication-safety exercise, an audit or incident review with figures',
      reverse:
        'staffing and patient ratios, preceptorship and clinical supervision, the rota, how incidents are reviewed, training and the clinical ladder',
    },
  },
  hospitality: {
    label: 'hospitality and food',
    practitioner: 'experienced head chef, executive chef or owner-operator who hires for this role',
    forms: {
      technical:
        'food safety and HACCP (critical control points, temperatures, records), allergen control, dish and menu costing (portion cost, GP %), stock, ordering and waste, running the pass in a busy service, and what a trial shift tests',
      behavioral:
        'stories from services: a kitchen under pressure, training and leading a brigade, a complaint or allergen scare, a supplier letting you down, a menu that did not sell',
      case_study:
        'costing a dish or a seasonal menu to a GP target, planning staff and prep for a service, cutting food cost or waste with figures, handling an allergen or hygiene incident',
      reverse:
        'who decides the menu, the food cost and GP targets, rota and hours, kitchen turnover, the budget for kit and training',
    },
  },
  public_policy: {
    label: 'public policy and the civil service',
    practitioner: 'senior civil servant or policy lead who hires for this role and sits on its panel',
    forms: {
      technical:
        'drafting or critiquing a submission or briefing for a minister, weighing evidence and options, the policy cycle (consultation, impact assessment, legislation), handling stakeholders and risk, and the framework behaviours the posting names',
      behavioral:
        'examples from policy, programme or public-facing work, told against the behaviours the posting names, each example with a clear personal role',
      case_study:
        'a written policy exercise: an options paper or a ministerial submission from a short evidence pack with figures, with a recommendation, the risks and the handling',
      reverse:
        'current ministerial priorities, the team and its portfolio, how submissions are cleared, learning and development, flexible working in practice',
    },
  },
  education: {
    label: 'teaching and education',
    practitioner:
      'experienced head of department or senior leader who hires for this role and observes the interview lesson',
    forms: {
      technical:
        'planning and sequencing a lesson, checking for understanding, adapting for SEND and EAL, assessment and feedback, behaviour management, safeguarding procedures, and subject knowledge (for example common misconceptions)',
      behavioral:
        'stories from lessons, placements and school life: a class that was hard to manage, a student who was falling behind, feedback from an observation, working with parents or support staff',
      case_study:
        "a lesson-planning task or the taught lesson itself, analysing a class's assessment data to plan an intervention, or a behaviour or safeguarding scenario",
      reverse:
        "the department's scheme of work and resources, coaching and the induction programme, the behaviour policy in practice, timetable and workload",
    },
  },
  construction: {
    label: 'construction and the trades',
    practitioner: 'experienced project director, contracts manager or site manager who hires for this role',
    forms: {
      technical:
        'site-safety scenarios (permits, method statements, an unsafe act on site), reading drawings and specifications, programme and sequencing, cost control and change orders or variations, quality checks, contracts, and the trade skills, regulations and certifications the posting names',
      behavioral:
        'stories from sites and projects: stopping unsafe work, a subcontractor dispute, recovering a late job, a difficult client or architect, leading a site team',
      case_study:
        'recovering a slipping programme, pricing a change or variation, a cost-to-complete forecast with figures, a site-safety incident, sequencing trades on a constrained site',
      reverse:
        'the project pipeline, who the role reports to on site, the safety record and culture, how change orders are approved, bonus and vehicle terms',
    },
  },
  general: {
    label: 'none clear',
    practitioner: 'senior practitioner of this occupation who hires for this role',
    forms: {
      technical:
        'identify them from the posting: a practical task, a scenario from the daily work, a calculation or check the job requires, explaining a procedure, rule or standard it names',
      behavioral: 'the situations this job really meets, as the posting describes them',
      case_study:
        'identify the exercise this occupation really uses (for example an in-tray or prioritisation task, a scenario with figures, a short written plan)',
      reverse: 'what the posting leaves open about the role, the team, support and working conditions',
    },
  },
};

const LEAD_IN: Record<InterviewType, string> = {
  technical: 'usual question forms here',
  behavioral: 'where the stories usually come from',
  case_study: 'usual work-sample exercises here',
  reverse: 'topics worth checking here',
};

/** The line of the final user message that names the detected sector and what it usually asks. */
export function sectorHint(sector: Sector, interviewType: InterviewType, chosen = false): string {
  const profile = SECTOR_PROFILES[sector];
  const source = chosen ? 'chosen by the candidate' : "guessed from the posting's words";
  return `Sector (${source}): ${profile.label}; ${LEAD_IN[interviewType]}: ${profile.forms[interviewType]}. Check this against the posting: if the occupation differs, use what that occupation really uses.`;
}
