import { createServerSentEventParser } from '../../src/web/lib/server-sent-event-parser.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read event data of every shape
export type ReceivedEvent = { event: string; data: any; receivedAt: number };

/** A minimal job description that passes validation. */
export const SAMPLE_JOB_DESCRIPTION = `Senior Backend Engineer at Acme Payments (Berlin, hybrid).
You will design and run Go services on Kubernetes that move money for 2 million customers,
own PostgreSQL schemas and on-call rotations, and mentor two mid-level engineers.
Requirements: 5+ years of backend development, Go or Java, distributed systems, observability.`;

export function generationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    jobDescription: SAMPLE_JOB_DESCRIPTION,
    interviewType: 'technical',
    experienceLevel: 'senior',
    technique: 'zero_shot',
    questionCount: 3,
    ...overrides,
  };
}

/** POSTs a generation asking for an event stream; returns the response (stream not yet read). */
export function postGeneration(baseUrl: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${baseUrl}/api/generations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** Parses a Server-Sent Events body into events as they arrive, with the web client's parser. */
export async function* readEvents(response: Response): AsyncGenerator<ReceivedEvent> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  const parser = createServerSentEventParser();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const raw of parser.push(decoder.decode(value, { stream: true }))) {
        yield { event: raw.event, data: JSON.parse(raw.data), receivedAt: Date.now() };
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Reads events until `done` says so, returning that event; every event read is pushed to `seen`. */
export async function readUntil(
  events: AsyncGenerator<ReceivedEvent>,
  seen: ReceivedEvent[],
  done: (event: ReceivedEvent) => boolean,
): Promise<ReceivedEvent> {
  for (;;) {
    const next = await events.next();
    if (next.done) throw new Error(`the stream ended first: ${seen.map((event) => event.event).join(', ')}`);
    seen.push(next.value);
    if (done(next.value)) return next.value;
  }
}

/** Reads a whole event stream. */
export async function collectEvents(response: Response): Promise<ReceivedEvent[]> {
  const events: ReceivedEvent[] = [];
  for await (const event of readEvents(response)) events.push(event);
  return events;
}
