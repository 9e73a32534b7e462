import { formatUsd } from '../core/cost/price-usage.js';
import type { GenerationEvent } from '../core/schemas/generation-event.js';
import type { Spend } from '../core/schemas/model-stream.js';
import type { Usage } from '../core/schemas/usage.js';
import { terminalText } from './terminal-text.js';

/** Off a terminal (a log file, CI), at most one progress line per this many milliseconds. */
const PLAIN_PROGRESS_INTERVAL_MS = 5_000;
const CLEAR_LINE = '\r\u001b[2K';

export type GenerationReporter = {
  /** Shows one event of the generation: questions, progress, retry notices, usage. */
  report(event: GenerationEvent): void;
  /** A line of its own, e.g. "Stopping...". */
  note(text: string): void;
  /** Removes the progress line still shown on a terminal, so that what follows starts on a clean line. */
  end(): void;
};

type Output = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };

const tokens = (count: number) => count.toLocaleString('en-US');

function spendLine(spend: Spend): string {
  return `${tokens(spend.inputTokens)} input + ${tokens(spend.outputTokens)} output tokens so far · ${formatUsd(spend.costUsd)}`;
}

function usageLine(usage: Usage): string {
  const cost = usage.costUsd === null ? 'cost unknown (no price for this model)' : formatUsd(usage.costUsd);
  return `Used ${tokens(usage.inputTokens)} input + ${tokens(usage.outputTokens)} output tokens${usage.estimated ? ' (estimated)' : ''} · ${cost}`;
}

/**
 * Writes a generation as it streams, for a person watching stderr: each question (number and
 * text), retry notices, and the tokens and dollars spent. On a terminal the progress is one line
 * rewritten in place; elsewhere a progress line is printed now and then, so logs stay short.
 */
export function createGenerationReporter(output: Output): GenerationReporter {
  const interactive = output.isTTY === true;
  let progressShown = false;
  let lastPlainProgressAt = Number.NEGATIVE_INFINITY;

  function line(text: string): void {
    if (progressShown) output.write(CLEAR_LINE);
    progressShown = false;
    output.write(`${text}\n`);
  }

  function progress(spend: Spend): void {
    if (interactive) {
      output.write(`${CLEAR_LINE}${spendLine(spend)}`);
      progressShown = true;
    } else if (Date.now() - lastPlainProgressAt >= PLAIN_PROGRESS_INTERVAL_MS) {
      lastPlainProgressAt = Date.now();
      line(spendLine(spend));
    }
  }

  return {
    report(event) {
      switch (event.event) {
        case 'started':
        case 'result':
        case 'done':
          break;
        case 'prompt':
          line(`Asking ${terminalText(event.data.model, { singleLine: true })}...`);
          break;
        case 'retry':
          // The notice says why, how long and which attempt: "... Trying again in 1 s (attempt 2 of 3)."
          line(terminalText(event.data.message, { singleLine: true }));
          break;
        case 'question':
          line(`${event.data.index + 1}. ${terminalText(event.data.question.question, { singleLine: true })}`);
          break;
        case 'progress':
          progress(event.data);
          break;
        case 'usage':
          line(usageLine(event.data));
          break;
        case 'error':
          line(terminalText(event.data.message, { singleLine: true }));
          break;
        default: {
          const unknownEvent: never = event;
          throw new Error(`Unknown generation event: ${JSON.stringify(unknownEvent)}`);
        }
      }
    },
    note: line,
    end() {
      if (progressShown) output.write(CLEAR_LINE);
      progressShown = false;
    },
  };
}
