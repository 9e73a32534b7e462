import { DIFFICULTY_LABELS } from '../../lib/labels.js';
import type { GenerationResult, PlanStep } from '../../../core/schemas/generation-result.js';
import type { Difficulty, Question } from '../../../core/schemas/question.js';
import { questionSetTotals } from '../../../core/sessions/question-set-totals.js';

function bulletList(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${title}:`, ...items.map((item) => `  - ${item}`)];
}

/** "2 easy · 2 medium · 1 hard", leaving out the difficulties with no question. */
export function describeDifficultyMix(mix: Record<Difficulty, number>): string {
  const parts = (Object.keys(DIFFICULTY_LABELS) as Difficulty[])
    .filter((difficulty) => mix[difficulty] > 0)
    .map((difficulty) => `${mix[difficulty]} ${DIFFICULTY_LABELS[difficulty].toLowerCase()}`);
  return parts.length > 0 ? parts.join(' · ') : 'no questions';
}

/** "for questions 1, 3", "for question 2", or "for the whole round" when a step names none. */
export function describeForQuestions(numbers: readonly number[]): string {
  if (numbers.length === 0) return 'for the whole round';
  return `for question${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}`;
}

/** One step of the plan as one line: action, why, minutes and the questions it prepares for. */
export function formatPlanStep(step: PlanStep): string {
  const details = [step.minutes !== null ? `${step.minutes} min` : null, describeForQuestions(step.forQuestions)];
  const because = step.because ? ` (because: ${step.because})` : '';
  return `[ ] ${step.action}${because}; ${details.filter(Boolean).join(', ')}`;
}

/** One question as plain text for the clipboard. */
export function formatQuestion(question: Question, number: number): string {
  const facts = [question.category, question.difficulty, `${question.timeEstimateMinutes} min`];
  if (question.stage) facts.push(`stage: ${question.stage}`);
  const lines = [`${number}. ${question.question}`, `   ${facts.join(' · ')}`];
  if (question.basedOn) lines.push(`   From the posting: “${question.basedOn}”`);
  lines.push(
    ...bulletList('Evaluates', question.evaluates),
    ...bulletList('A strong answer shows', question.strongAnswerSignals),
    ...bulletList('Red flags', question.redFlags),
    ...bulletList(
      'Answer framework',
      question.answerFramework.steps.map((step) => `${step.label}: ${step.guidance}`),
    ),
    ...bulletList('Hints', question.hints),
    ...bulletList('Follow-ups', question.followUps),
  );
  if (question.caseStudy) {
    lines.push(`Scenario: ${question.caseStudy.scenario}`);
    lines.push(...bulletList('Data provided', question.caseStudy.dataProvided));
    lines.push(`Expected approach: ${question.caseStudy.expectedApproach}`);
  }
  return lines.join('\n');
}

/** What the model read in the posting, as lines (nothing when it gave no reading). */
function formatPosting(result: GenerationResult): string[] {
  const posting = result.postingAnalysis;
  if (!posting) return [];
  return [
    ...(posting.occupation ? [`Occupation: ${posting.occupation}`] : []),
    ...(posting.sector ? [`Sector: ${posting.sector}`] : []),
    ...bulletList('Competencies assessed', posting.assessedCompetencies),
    ...bulletList('Interview stages', posting.interviewStages),
  ];
}

/**
 * The whole set: notes on the posting first, then what it asks for and the totals, the
 * questions, and the plan and strategy when the result is complete.
 */
export function formatQuestionSet(
  title: string,
  questions: readonly Question[],
  result: GenerationResult | null,
): string {
  const totals = questionSetTotals(questions);
  const parts = [title, ''];
  if (result && result.postingNotes.length > 0)
    parts.push(...bulletList('Check this posting', result.postingNotes), '');
  if (result) {
    const posting = formatPosting(result);
    if (posting.length > 0) parts.push(...posting, '');
  }
  parts.push(
    `${totals.questionCount} question${totals.questionCount === 1 ? '' : 's'} · about ${totals.totalMinutes} min · ${describeDifficultyMix(totals.difficultyMix)}`,
    '',
    ...questions.map((question, index) => formatQuestion(question, index + 1) + '\n'),
  );
  if (result) {
    parts.push(...bulletList('Preparation plan', result.preparationPlan.map(formatPlanStep)));
    if (result.strategy) parts.push('', `Strategy: ${result.strategy}`);
  }
  return parts.join('\n').trim() + '\n';
}
