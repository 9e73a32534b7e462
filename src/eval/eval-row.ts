import type { InterviewType, Sector, Technique } from '../core/schemas/generation-request.js';
import type { ResponseFormatKind } from '../core/schemas/model-stream.js';
import type { Usage } from '../core/schemas/usage.js';
import type { ReplyScore } from './score-reply.js';

/** Why a row has no full result: an app error code, or `not_run` when the run stopped before it. */
export type RowError = { code: string; message: string };

/** One posting x interview type x technique: what the model returned and what it cost. */
export type EvalRow = {
  /** The posting's file name. */
  posting: string;
  /** The sector the app detects for the posting (detectSector). */
  sector: Sector;
  interviewType: InterviewType;
  technique: Technique;
  questionCount: number;
  /** Null when no call was made (the posting was refused, or the run stopped first). */
  score: ReplyScore | null;
  /** How the server took the response format: a strict schema, JSON mode, or the prompt only; null without a reply. */
  responseFormat: ResponseFormatKind | null;
  usage: Usage | null;
  error: RowError | null;
  durationMs: number;
};

/** The run as a whole, for the report's heading. */
export type EvalRunInfo = {
  model: string;
  /** The host of the configured base URL (never the key). */
  serverHost: string;
  startedAt: Date;
  durationMs: number;
  command: string;
  postings: number;
  interviewTypes: readonly InterviewType[];
  techniques: readonly Technique[];
  experienceLevel: string;
  questionCount: number;
};
