import { z } from 'zod';

/**
 * The most a message may take: half of PostgreSQL's 8000-byte limit on a NOTIFY payload. Requests
 * are bounded by their fields (under 600 bytes); an answer over it is replaced by a `stopped` message.
 */
export const MAX_MESSAGE_BYTES = 4_000;

/** An owner or a thing's id: UUIDs and session ids (64 characters at most), with room to spare. */
const IdSchema = z.string().min(1).max(200);

/** Asks every other instance to cancel the owner's `id` under `topic`; `from` is the asking instance. */
const RequestMessageSchema = z.object({
  kind: z.literal('request'),
  requestId: z.uuid(),
  from: z.uuid(),
  topic: z.string().min(1).max(40),
  ownerId: IdSchema,
  id: IdSchema,
});

/** Said at once by the instance that runs it, to `to`, the asking instance: its answer follows. */
const AcceptedMessageSchema = z.object({ kind: z.literal('accepted'), requestId: z.uuid(), to: z.uuid() });

/** The answer of the instance that ran it (JSON; null when it had just finished). */
const AnswerMessageSchema = z.object({
  kind: z.literal('answer'),
  requestId: z.uuid(),
  to: z.uuid(),
  answer: z.json(),
});

/**
 * Said instead of `answer` when the answer cannot be sent (over MAX_MESSAGE_BYTES): it was stopped,
 * and the asking instance reads what was saved.
 */
const StoppedMessageSchema = z.object({ kind: z.literal('stopped'), requestId: z.uuid(), to: z.uuid() });

const CancelMessageSchema = z.discriminatedUnion('kind', [
  RequestMessageSchema,
  AcceptedMessageSchema,
  AnswerMessageSchema,
  StoppedMessageSchema,
]);
export type CancelMessage = z.infer<typeof CancelMessageSchema>;
export type CancelRequestMessage = Extract<CancelMessage, { kind: 'request' }>;

/** A message to send: the answer is whatever the app answered, checked as JSON when encoded. */
export type OutgoingCancelMessage =
  Exclude<CancelMessage, { kind: 'answer' }> | { kind: 'answer'; requestId: string; to: string; answer: unknown };

/** The message in a NOTIFY payload, or null when it is not one (it comes from the database: anyone may send it). */
export function parseCancelMessage(payload: string): CancelMessage | null {
  if (Buffer.byteLength(payload) > MAX_MESSAGE_BYTES) return null;
  try {
    const parsed = CancelMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The payload of a message, checked as a received one is; throws a ZodError when it is not a cancel
 * message (an answer that is not JSON), a RangeError when it is over MAX_MESSAGE_BYTES.
 */
export function encodeCancelMessage(message: OutgoingCancelMessage): string {
  const payload = JSON.stringify(CancelMessageSchema.parse(message));
  const bytes = Buffer.byteLength(payload);
  if (bytes > MAX_MESSAGE_BYTES)
    throw new RangeError(`A cancel message of ${bytes} bytes is over ${MAX_MESSAGE_BYTES}.`);
  return payload;
}
