import type { FakeUsage } from './fake-openai-scenarios.js';

/** Cuts a reply inside question number N+1, keeping N complete questions. */
export function truncateInsideQuestion(content: string, completeQuestions: number): string {
  try {
    const questions = (JSON.parse(content) as { questions?: unknown[] }).questions ?? [];
    const next = questions[completeQuestions];
    if (next === undefined) return content.slice(0, Math.floor(content.length * 0.9));
    const nextText = JSON.stringify(next);
    const start = content.indexOf(nextText);
    return content.slice(0, start + Math.floor(nextText.length / 2));
  } catch {
    return content.slice(0, Math.floor(content.length / 2));
  }
}

/** Small seeded PRNG (mulberry32) so random chunkings are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits content into chunks of code points, as a model streams tokens. */
export function splitIntoChunks(content: string, chunkSize: number | 'random', seed: number): string[] {
  const characters = Array.from(content); // code points: a token never splits a surrogate pair
  const random = seededRandom(seed);
  const chunks: string[] = [];
  for (let start = 0; start < characters.length;) {
    const size = chunkSize === 'random' ? 1 + Math.floor(random() * 6) : Math.max(1, chunkSize);
    chunks.push(characters.slice(start, start + size).join(''));
    start += size;
  }
  return chunks;
}

/** Usage in the wire format of the API. */
export function wireUsage(usage: FakeUsage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: usage.reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
