import type { PlanStep, PostingAnalysis } from '../schemas/generation-result.js';
import type { Question } from '../schemas/question.js';
import type { Session } from '../schemas/session.js';
import {
  DIFFICULTY_LABELS,
  EXPERIENCE_LEVEL_LABELS,
  INTERVIEW_TYPE_LABELS,
  INTERVIEWER_ROLE_LABELS,
  ORGANISATION_KIND_LABELS,
  PERSONA_STYLE_LABELS,
  TECHNIQUE_LABELS,
} from '../labels.js';
import { questionSetTotals } from '../sessions/question-set-totals.js';
import {
  FRAMEWORK_KIND_LABELS,
  formatExportDate,
  formatMinutes,
  formatPlanStep,
  formatUsageLine,
  modelLabel,
} from './export-labels.js';
import { practiceUsage, studySheetAttempts, type StudySheetAttempt } from './study-sheet-practice.js';

/** A list entry; `label` is shown in bold before the text (framework steps). */
export type StudySheetListItem = { label: string | null; text: string };

/**
 * A paragraph or a list. A list with `checklist` set is a to-do list (the preparation plan): the
 * Markdown and PDF exports give each item a box to tick; a reader that ignores the flag shows a
 * plain bulleted list.
 */
export type StudySheetBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; checklist?: boolean; items: StudySheetListItem[] };

export type StudySheetSection = { heading: string; blocks: StudySheetBlock[] };

export type StudySheetQuestion = {
  number: number;
  text: string;
  /** `Category · Difficulty · 15 min` */
  facts: string;
  /** Labelled lines under the facts: the posting's words it tests, the stage it belongs to. */
  details: StudySheetListItem[];
  sections: StudySheetSection[];
  /** The practice attempts on the question, thread by thread. */
  practice: StudySheetAttempt[];
};

/**
 * A session laid out as a study sheet, independent of the output format, so that the Markdown
 * and PDF exports show the same sections in the same order. Texts are raw (not escaped). The
 * candidate profile is never part of it: it is personal, and a study sheet gets shared.
 */
export type StudySheet = {
  title: string;
  metadata: StudySheetListItem[];
  /** Set when the session is partial: what the reader is missing and why. */
  notice: string | null;
  /** The model's notes on the posting (anything odd or suspicious in it), shown near the top. */
  postingNotes: string[];
  /** What the posting asks for (occupation, sector, what it assesses), before the questions. */
  intro: StudySheetSection[];
  questions: StudySheetQuestion[];
  closing: StudySheetSection[];
};

const UNTITLED = 'Interview preparation';

/** Heading of the notice that lists the posting notes. */
export const POSTING_NOTES_HEADING = 'Notes on the posting';

/**
 * Lays out a saved session as a study sheet: header, notices, what the posting asks for, numbered
 * questions with their practice attempts, then the closing notes (preparation plan, strategy,
 * analysis, totals, cost of the generation and of the practice).
 */
export function buildStudySheet(session: Session): StudySheet {
  const { request, result } = session;
  const metadata: StudySheetListItem[] = [
    { label: 'Interview', text: INTERVIEW_TYPE_LABELS[request.interviewType] },
    { label: 'Level', text: EXPERIENCE_LEVEL_LABELS[request.experienceLevel] },
    { label: 'Technique', text: TECHNIQUE_LABELS[request.technique] },
    { label: 'Model', text: modelLabel(session.model) },
    { label: 'Date', text: formatExportDate(session.createdAt) },
    { label: 'Language', text: request.language },
  ];
  if (request.technique === 'role_based' && request.persona) {
    const { style, interviewerRole, organisationKind } = request.persona;
    metadata.push({
      label: 'Interviewer',
      text: [
        PERSONA_STYLE_LABELS[style],
        INTERVIEWER_ROLE_LABELS[interviewerRole],
        ORGANISATION_KIND_LABELS[organisationKind],
      ].join(' · '),
    });
  }

  return {
    title: session.title.trim() || UNTITLED,
    metadata,
    notice: partialNotice(session),
    postingNotes: nonEmpty(result.postingNotes),
    intro: result.postingAnalysis ? [postingAnalysisSection(result.postingAnalysis)].filter(hasContent) : [],
    questions: result.questions.map((question, index) => ({
      ...studySheetQuestion(question, index + 1),
      practice: studySheetAttempts(session.practice, index),
    })),
    closing: closingSections(session),
  };
}

function partialNotice(session: Session): string | null {
  if (session.status !== 'partial') return null;
  const count = session.result.questions.length;
  const kept = `${count} completed question${count === 1 ? '' : 's'}`;
  const message = session.error?.message.trim() ?? '';
  const reason = message ? ` Reason: ${/[.!?]$/.test(message) ? message : `${message}.`}` : '';
  return `Partial session: the generation stopped before it finished, so this sheet holds only the ${kept}.${reason}`;
}

function postingAnalysisSection(analysis: PostingAnalysis): StudySheetSection {
  const items: StudySheetListItem[] = [
    { label: 'Occupation', text: analysis.occupation },
    { label: 'Sector', text: analysis.sector },
    { label: 'Assessed competencies', text: nonEmpty(analysis.assessedCompetencies).join('; ') },
    { label: 'Interview stages', text: nonEmpty(analysis.interviewStages).join('; ') },
  ].filter((item) => item.text.trim().length > 0);
  return { heading: 'Posting analysis', blocks: items.length > 0 ? [{ kind: 'list', ordered: false, items }] : [] };
}

function studySheetQuestion(question: Question, number: number): Omit<StudySheetQuestion, 'practice'> {
  const sections: StudySheetSection[] = [];
  const { caseStudy } = question;
  if (caseStudy) {
    sections.push(paragraphSection('Case scenario', caseStudy.scenario));
    sections.push(listSection('Data provided', caseStudy.dataProvided));
    sections.push(paragraphSection('Expected approach', caseStudy.expectedApproach));
  }
  sections.push(listSection('What the interviewer evaluates', question.evaluates));
  sections.push(listSection('Strong answer signals', question.strongAnswerSignals));
  sections.push({
    heading: `Answer framework: ${FRAMEWORK_KIND_LABELS[question.answerFramework.kind]}`,
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: question.answerFramework.steps.map((step) => ({ label: step.label, text: step.guidance })),
      },
    ],
  });
  sections.push(listSection('Hints', question.hints));
  sections.push(listSection('Follow-up questions', question.followUps));
  sections.push(listSection('Red flags', question.redFlags));

  const category = question.category.trim();
  const facts = [
    ...(category ? [category] : []),
    DIFFICULTY_LABELS[question.difficulty],
    formatMinutes(question.timeEstimateMinutes),
  ].join(' · ');
  const details: StudySheetListItem[] = [];
  const basedOn = question.basedOn.trim();
  if (basedOn) details.push({ label: 'From the posting', text: `“${basedOn}”` });
  const stage = question.stage?.trim() ?? '';
  if (stage) details.push({ label: 'Stage', text: stage });
  return { number, text: question.question, facts, details, sections: sections.filter(hasContent) };
}

function closingSections(session: Session): StudySheetSection[] {
  const { analysis, preparationPlan, questions, strategy } = session.result;
  const sections: StudySheetSection[] = [planSection(preparationPlan), paragraphSection('Strategy', strategy)];
  if (analysis) {
    sections.push(listSection('Job analysis: key requirements', analysis.keyRequirements));
    sections.push(paragraphSection('Job analysis: level expectations', analysis.levelExpectations));
    sections.push(listSection('Job analysis: skills to probe', analysis.skillsToProbe));
  }
  if (questions.length > 0) {
    const { questionCount, totalMinutes, difficultyMix } = questionSetTotals(questions);
    const { roundMinutes } = session.request;
    sections.push(
      listSection('Overview', [
        `Questions: ${questionCount}`,
        `Difficulty mix: ${difficultyMix.easy} easy, ${difficultyMix.medium} medium, ${difficultyMix.hard} hard`,
        `Total time: ${formatMinutes(totalMinutes)}`,
        ...(roundMinutes === undefined ? [] : [`Round length: ${formatMinutes(roundMinutes)}`]),
      ]),
    );
  }
  sections.push(costSection(session));
  return sections.filter(hasContent);
}

/** The generation's tokens and cost; with practice answers, theirs on a second line. */
function costSection(session: Session): StudySheetSection {
  const generation = formatUsageLine(session.usage);
  const practice = practiceUsage(session.practice);
  if (practice.attempts === 0) return paragraphSection('Cost', generation);
  const answers = `${practice.attempts} answer${practice.attempts === 1 ? '' : 's'}`;
  return {
    heading: 'Cost',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: [
          { label: 'Generation', text: generation },
          { label: `Practice (${answers})`, text: formatUsageLine(practice.usage) },
        ],
      },
    ],
  };
}

/** The preparation plan as a checklist: `action — because (15 min, for questions 1, 3)`. */
function planSection(plan: readonly PlanStep[]): StudySheetSection {
  const items = plan
    .filter((step) => step.action.trim().length > 0)
    .map((step) => ({ label: null, text: formatPlanStep(step) }));
  return {
    heading: 'Preparation plan',
    blocks: items.length > 0 ? [{ kind: 'list', ordered: false, checklist: true, items }] : [],
  };
}

function paragraphSection(heading: string, text: string): StudySheetSection {
  return { heading, blocks: text.trim() ? [{ kind: 'paragraph', text }] : [] };
}

function listSection(heading: string, items: readonly string[]): StudySheetSection {
  const kept = nonEmpty(items);
  return {
    heading,
    blocks:
      kept.length > 0 ? [{ kind: 'list', ordered: false, items: kept.map((text) => ({ label: null, text })) }] : [],
  };
}

function nonEmpty(items: readonly string[]): string[] {
  return items.filter((item) => item.trim().length > 0);
}

function hasContent(section: StudySheetSection): boolean {
  return section.blocks.some((block) => block.kind === 'paragraph' || block.items.length > 0);
}
