import {
  delimitCandidateProfile,
  delimitJobDescription,
  neutraliseDelimiters,
} from '../prompts/job-description-block.js';
import type { ArithmeticCheck, Delivery } from '../schemas/practice.js';
import { delimitAnswer, delimitEarlierTurns } from './answer-block.js';
import { describeScore } from './describe-rubric.js';
import type { ExplainPromptContext, FeedbackPromptContext } from './feedback-prompt-context.js';

/**
 * The data of a feedback request: what the posting assesses, the question with its signals, what
 * this attempt answers, the measured facts, then the delimited posting, profile, thread and answer.
 */
export function buildFeedbackUserMessage(context: FeedbackPromptContext): string {
  return [
    `Interview type: ${context.interviewType}. Level: ${context.experienceLevel}.`,
    postingLines(context),
    questionLines(context),
    answeredLine(context),
    `Delivery (measured in code): ${describeDelivery(context.delivery)}`,
    context.arithmetic.length === 0
      ? ''
      : `Stated sums (recomputed in code):\n${describeArithmetic(context.arithmetic)}`,
    delimitJobDescription(context.jobDescription),
    context.candidateProfile === null ? '' : delimitCandidateProfile(context.candidateProfile),
    context.earlierTurns.length === 0 ? '' : delimitEarlierTurns(context.earlierTurns),
    delimitAnswer(context.answer),
    'Assess the answer in the candidate_answer block against the rubric, following the rules of the system message.',
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** The data of an explanation: the question, what was answered, and the delimited answer. */
export function buildExplainUserMessage(context: ExplainPromptContext): string {
  return [
    questionLines(context),
    answeredLine(context),
    delimitAnswer(context.answer),
    `The score you gave: ${neutraliseDelimiters(describeScore(context.criterion))}`,
    `Explain the score of ${context.criterion.criterion} for the answer in the candidate_answer block.`,
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
}

function postingLines(context: FeedbackPromptContext): string {
  const analysis = context.postingAnalysis;
  if (analysis === null) return '';
  const competencies = analysis.assessedCompetencies.map((competency) => `"${clean(competency)}"`).join(', ');
  return [
    `The posting's occupation: ${clean(analysis.occupation)}; sector: ${clean(analysis.sector)}.`,
    competencies.length === 0 ? '' : `Competencies the posting says it assesses: ${competencies}.`,
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}

function questionLines(context: FeedbackPromptContext): string {
  const question = context.question;
  const caseStudy = question.caseStudy;
  return [
    `Question (${question.difficulty}, about ${question.timeEstimateMinutes} minutes): ${clean(question.question)}`,
    listLine('It evaluates', question.evaluates),
    listLine('Signs of a strong answer', question.strongAnswerSignals),
    listLine('Red flags', question.redFlags),
    caseStudy === null ? '' : `Case: ${clean(caseStudy.scenario)}`,
    caseStudy === null ? '' : listLine('Data provided', caseStudy.dataProvided),
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}

function answeredLine(context: FeedbackPromptContext): string {
  if (context.earlierTurns.length === 0) return '';
  return `This answer replies to the interviewer's follow-up (turn ${context.earlierTurns.length + 1}): ${clean(context.answered)}`;
}

function listLine(label: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `${label}: ${items.map(clean).join('; ')}`;
}

function describeDelivery(delivery: Delivery): string {
  const parts = [
    `${delivery.words} words`,
    delivery.spoken ? 'spoken (speech-recognition transcript)' : 'typed',
    delivery.durationSeconds === null ? null : `${Math.round(delivery.durationSeconds)} seconds`,
    delivery.wordsPerMinute === null ? null : `${delivery.wordsPerMinute} words per minute`,
    `${delivery.fillerCount} filler words${delivery.fillers.length === 0 ? '' : ` (${delivery.fillers.map((entry) => `${entry.filler} x${entry.count}`).join(', ')})`}`,
    delivery.longestPauseSeconds === null ? null : `longest pause ${delivery.longestPauseSeconds} seconds`,
  ];
  return `${parts.filter((part) => part !== null).join(', ')}.`;
}

function describeArithmetic(checks: readonly ArithmeticCheck[]): string {
  return checks
    .map((check) =>
      check.correct ? `- "${check.expression}": correct` : `- "${check.expression}": wrong, it is ${check.computed}`,
    )
    .join('\n');
}

/** Model-written text placed outside the blocks: one line, anything tag-like defused. */
function clean(text: string): string {
  return neutraliseDelimiters(text.replace(/\s+/g, ' ').trim());
}
