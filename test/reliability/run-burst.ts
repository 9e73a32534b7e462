import { readEvents } from '../support/sse-client.js';

/** How one streamed request ended: `done`, the code of its `error` event or error body, or a client failure. */
export type BurstOutcome = { outcome: string; durationMs: number; message: string };

/** The client gives up after this long, so a stuck request shows as `client_timeout`, never a hung run. */
const CLIENT_TIMEOUT_MS = 30_000;

/** Reads one streamed answer (or an error answer given before the stream) to its end. */
export async function readOutcome(send: (signal: AbortSignal) => Promise<Response>): Promise<BurstOutcome> {
  const started = Date.now();
  const signal = AbortSignal.timeout(CLIENT_TIMEOUT_MS);
  let outcome = 'no_end_event';
  let message = '';
  try {
    const response = await send(signal);
    if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
      outcome = `HTTP ${response.status} ${body.error?.code ?? ''}`.trim();
      message = body.error?.message ?? '';
    } else {
      for await (const event of readEvents(response)) {
        if (event.event === 'done') outcome = 'done';
        if (event.event === 'error') {
          outcome = String(event.data.code);
          message = String(event.data.message);
        }
      }
    }
  } catch (error) {
    outcome = signal.aborted ? 'client_timeout' : `client_error ${(error as Error).name}`;
  }
  return { outcome, durationMs: Date.now() - started, message };
}

/** Outcomes counted by name, e.g. `20 done` or `18 done, 2 upstream_unavailable`, most frequent first. */
export function countOutcomes(outcomes: BurstOutcome[]): string {
  const counts = new Map<string, number>();
  for (const { outcome } of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts]
    .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
}
