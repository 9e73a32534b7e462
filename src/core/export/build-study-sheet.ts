import type { Question } from '../schemas/question.js';
import type { Session } from '../schemas/session.js';
import { DIFFICULTY_LABELS, EXPERIENCE_LEVEL_LABELS, INTERVIEW_TYPE_LABELS, TECHNIQUE_LABELS } from '../labels.js';
import {
  FRAMEWORK_KIND_LABELS,
  formatExportDate,
  formatMinutes,
  formatUsageLine,
  modelLabel,
} from './export-labels.js';

/** A list entry; `label` is shown in bold before the text (framework steps). */
export type StudySheetListItem = { label: string | null; text: string };

export type StudySheetBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: StudySheetListItem[] };

export type StudySheetSection = { heading: string; blocks: StudySheetBlock[] };

export type StudySheetQuestion = {
  number: number;
  text: string;
  /** `Category · Difficulty · 15 min` */
  facts: string;
  sections: StudySheetSection[];
};

/**
 * A session laid out as a study sheet, independent of the output format, so that the Markdown
 * and PDF exports show the same sections in the same order. Texts are raw (not escaped).
 */
export type StudySheet = {
  title: string;
  metadata: StudySheetListItem[];
  /** Set when the session is partial: what the reader is missing and why. */
  notice: string | null;
  questions: StudySheetQuestion[];
  closing: StudySheetSection[];
};

const UNTITLED = 'Interview preparation';

/** Lays out a saved session as a study sheet: header, numbered questions, then the closing notes. */
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
  if (request.technique === 'role_based' && request.persona)
    metadata.push({
      label: 'Interviewer',
      text: `${request.persona.style}, ${request.persona.companyType.replaceAll('_', ' ')}`,
    });

  return {
    title: session.title.trim() || UNTITLED,
    metadata,
    notice: partialNotice(session),
    questions: result.questions.map((question, index) => studySheetQuestion(question, index + 1)),
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

function studySheetQuestion(question: Question, number: number): StudySheetQuestion {
  const sections: StudySheetSection[] = [];
  const { caseStudy } = question;
  if (caseStudy) {
    sections.push(paragraphSection('Case scenario', caseStudy.scenario));
    sections.push(listSection('Data provided', caseStudy.dataProvided));
    sections.push(paragraphSection('Expected approach', caseStudy.expectedApproach));
  }
  sections.push(listSection('What the interviewer evaluates', question.evaluates));
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
  if (question.redFlags) sections.push(listSection('Red flags', question.redFlags));

  const category = question.category.trim();
  const facts = [
    ...(category ? [category] : []),
    DIFFICULTY_LABELS[question.difficulty],
    formatMinutes(question.timeEstimateMinutes),
  ].join(' · ');
  return { number, text: question.question, facts, sections: sections.filter(hasContent) };
}

function closingSections(session: Session): StudySheetSection[] {
  const { analysis, overview, recommendations, strategy } = session.result;
  const sections: StudySheetSection[] = [
    listSection('Preparation recommendations', recommendations),
    paragraphSection('Strategy', strategy),
  ];
  if (analysis) {
    sections.push(listSection('Job analysis: key requirements', analysis.keyRequirements));
    sections.push(paragraphSection('Job analysis: level expectations', analysis.levelExpectations));
    sections.push(listSection('Job analysis: skills to probe', analysis.skillsToProbe));
  }
  if (overview) {
    const { easy, medium, hard } = overview.difficultyMix;
    sections.push(
      listSection('Overview', [
        `Difficulty mix: ${easy} easy, ${medium} medium, ${hard} hard`,
        `Total time: ${formatMinutes(overview.totalMinutes)}`,
        ...(overview.focusAreas.length > 0 ? [`Focus areas: ${overview.focusAreas.join(', ')}`] : []),
      ]),
    );
  }
  sections.push(paragraphSection('Cost', formatUsageLine(session.usage)));
  return sections.filter(hasContent);
}

function paragraphSection(heading: string, text: string): StudySheetSection {
  return { heading, blocks: text.trim() ? [{ kind: 'paragraph', text }] : [] };
}

function listSection(heading: string, items: readonly string[]): StudySheetSection {
  const kept = items.filter((item) => item.trim().length > 0);
  return {
    heading,
    blocks:
      kept.length > 0 ? [{ kind: 'list', ordered: false, items: kept.map((text) => ({ label: null, text })) }] : [],
  };
}

function hasContent(section: StudySheetSection): boolean {
  return section.blocks.some((block) => block.kind === 'paragraph' || block.items.length > 0);
}
