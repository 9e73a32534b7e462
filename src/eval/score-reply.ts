import type { Sector } from '../core/schemas/generation-request.js';
import { modelOutputSchemaFor, toGenerationResult, type ReplyShape } from '../core/schemas/model-output.js';
import { toQuestion, type Question } from '../core/schemas/question.js';
import { countFoundInPosting } from './based-on-found.js';
import { countNearDuplicates } from './near-duplicates.js';
import { findSoftwareWords, type SoftwareWordFinding } from './software-words.js';

/** What one reply is worth, by the measures of the evaluation (see eval/README.md). */
export type ReplyScore = {
  /** The reply was read into a result, as the app would show it. */
  valid: boolean;
  /** The whole reply fits the strict schema sent: every question fits its type, exactly the count asked. */
  schemaAdherent: boolean;
  /** Question elements the reply held. */
  returned: number;
  /** Of those, how many do not fit the interview type's question schema. */
  rejected: number;
  /** Questions in the result (at most the count asked). */
  kept: number;
  /** Kept questions whose `basedOn` phrase is found in the posting; null without a result. */
  basedOnFound: number | null;
  /** Kept questions that nearly repeat an earlier one; null without a result. */
  nearDuplicates: number | null;
  /** Software words the posting does not use; null without a result or for a software posting. */
  softwareWords: SoftwareWordFinding | null;
};

export type ReplyToScore = {
  shape: ReplyShape;
  posting: string;
  sector: Sector;
  /** The reply as a parsed JSON document; undefined when the text held none. */
  document: unknown;
  /** The elements handed over while the reply streamed (used when there is no document). */
  streamedElements: readonly unknown[];
};

/** Every string in a value, depth first. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** All the text of a question, as one string: question, labels, signals, hints, framework, case. */
export function questionText(question: Question): string {
  return stringsIn(question).join('\n');
}

function questionElementsOf(reply: ReplyToScore): readonly unknown[] {
  const elements = (reply.document as { questions?: unknown } | null | undefined)?.questions;
  return Array.isArray(elements) ? elements : reply.streamedElements;
}

/**
 * Scores one reply with the app's own schemas: `toGenerationResult` decides whether it is valid,
 * `modelOutputSchemaFor` whether it adheres to the strict schema, `toQuestion` which elements are
 * rejected; the posting measures are taken on the result's questions.
 */
export function scoreReply(reply: ReplyToScore): ReplyScore {
  const elements = questionElementsOf(reply);
  const rejected = elements.filter((element) => toQuestion(reply.shape.interviewType, element) === null).length;
  const result = reply.document === undefined ? null : toGenerationResult(reply.shape, reply.document);
  if (result === null) {
    return {
      valid: false,
      schemaAdherent: false,
      returned: elements.length,
      rejected,
      kept: 0,
      basedOnFound: null,
      nearDuplicates: null,
      softwareWords: null,
    };
  }
  const { questions } = result;
  return {
    valid: true,
    schemaAdherent: modelOutputSchemaFor(reply.shape).safeParse(reply.document).success,
    returned: elements.length,
    rejected,
    kept: questions.length,
    basedOnFound: countFoundInPosting(
      questions.map((question) => question.basedOn),
      reply.posting,
    ),
    nearDuplicates: countNearDuplicates(questions.map((question) => question.question)),
    softwareWords: findSoftwareWords(questions.map(questionText), reply.posting, reply.sector),
  };
}
