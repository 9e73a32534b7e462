import type { GenerationResult } from '../../../core/schemas/generation-result.js';
import type { Question } from '../../../core/schemas/question.js';

function bulletList(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${title}:`, ...items.map((item) => `  - ${item}`)];
}

/** One question as plain text for the clipboard. */
export function formatQuestion(question: Question, number: number): string {
  const lines = [
    `${number}. ${question.question}`,
    `   ${question.category} · ${question.difficulty} · ${question.timeEstimateMinutes} min`,
    ...bulletList('Evaluates', question.evaluates),
    ...bulletList(
      'Answer framework',
      question.answerFramework.steps.map((step) => `${step.label}: ${step.guidance}`),
    ),
    ...bulletList('Hints', question.hints),
    ...bulletList('Follow-ups', question.followUps),
  ];
  if (question.caseStudy) {
    lines.push(`Scenario: ${question.caseStudy.scenario}`);
    lines.push(...bulletList('Data provided', question.caseStudy.dataProvided));
    lines.push(`Expected approach: ${question.caseStudy.expectedApproach}`);
  }
  if (question.redFlags) lines.push(...bulletList('Red flags', question.redFlags));
  return lines.join('\n');
}

/** The whole set, with recommendations and strategy when the result is complete. */
export function formatQuestionSet(
  title: string,
  questions: readonly Question[],
  result: GenerationResult | null,
): string {
  const parts = [title, '', ...questions.map((question, index) => formatQuestion(question, index + 1) + '\n')];
  if (result) {
    parts.push(...bulletList('Recommendations', result.recommendations));
    if (result.strategy) parts.push('', `Strategy: ${result.strategy}`);
  }
  return parts.join('\n').trim() + '\n';
}
