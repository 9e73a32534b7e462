/** Distinct real postings from corpus/injection/postings, each sent with a unique BENCH tag line. */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './processes.js';

export type Posting = { id: string; text: string };

const SKIPPED_FILES = new Set(['hard-negative-sentences.jsonl']);

/** Every posting of the corpus between 300 and 4,500 characters, in a fixed order. */
export function loadPostings(): Posting[] {
  const folder = path.join(repositoryRoot, 'corpus/injection/postings');
  const postings: Posting[] = [];
  for (const file of fs.readdirSync(folder).sort()) {
    if (!file.endsWith('.jsonl') || SKIPPED_FILES.has(file)) continue;
    for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      if (row.text.length >= 300 && row.text.length <= 4500) postings.push({ id: row.id, text: row.text });
    }
  }
  return postings;
}

/** The posting with a last line that makes it unique and lets the fake's request be matched to it. */
export function tagged(posting: Posting, tag: string): string {
  return `${posting.text}\n\nReference: ${tag}`;
}

/** Hands out postings in turn, so that consecutive requests never share one. */
export function createPostingCycle(postings: Posting[]): () => Posting {
  let next = 0;
  return () => {
    const posting = postings[next % postings.length]!;
    next += 1;
    return posting;
  };
}
