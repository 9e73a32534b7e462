/** Input tokens of each of the 20 templates (4 interview types x 5 techniques) for one posting. */
import { INTERVIEW_TYPES, TECHNIQUES } from '../../src/core/schemas/generation-request.js';
import { tagged, type Posting } from './postings.js';
import type { AppProcess } from './processes.js';
import { round } from './statistics.js';

export type PromptSize = {
  interviewType: string;
  technique: string;
  estimatedInputTokens: number;
  reportedInputTokens: number | null;
  errorPercent: number | null;
};

/** /api/estimate against the usage the fake reports for the same request (sent in JSON mode). */
export async function measurePromptSizes(app: AppProcess, posting: Posting, templates = 20): Promise<PromptSize[]> {
  const sizes: PromptSize[] = [];
  for (const interviewType of INTERVIEW_TYPES) {
    // A quick run takes one technique per interview type.
    for (const technique of templates >= 20 ? TECHNIQUES : TECHNIQUES.slice(2, 3)) {
      const body = {
        jobDescription: tagged(posting, `BENCH-prompt-${interviewType}-${technique}`.replaceAll('_', '-')),
        interviewType,
        experienceLevel: 'senior',
        technique,
        questionCount: 10,
      };
      const post = (path: string) =>
        fetch(`${app.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        });
      const estimate = (await (await post('/api/estimate')).json()) as { inputTokens: number };
      const generation = await post('/api/generations');
      const reply = (await generation.json()) as { usage?: { inputTokens: number } };
      const reported = reply.usage?.inputTokens ?? null;
      sizes.push({
        interviewType,
        technique,
        estimatedInputTokens: estimate.inputTokens,
        reportedInputTokens: reported,
        errorPercent: reported ? round(((estimate.inputTokens - reported) / reported) * 100) : null,
      });
    }
  }
  return sizes;
}
