import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SessionListEntry } from '../../../core/schemas/api.js';
import { HistoryItem } from './history-item.js';

const entry: SessionListEntry = {
  id: 'session-1',
  createdAt: '2026-03-01T10:00:00.000Z',
  title: 'Senior Backend Engineer',
  status: 'complete',
  interviewType: 'technical',
  experienceLevel: 'senior',
  technique: 'few_shot',
  model: 'gpt-5.4-mini',
  questionCount: 3,
  costUsd: 0.0042,
};

function chips(session: SessionListEntry): string[] {
  const html = renderToStaticMarkup(<HistoryItem session={session} onOpen={() => {}} onDelete={() => {}} />);
  return [...html.matchAll(/<span class="chip[^"]*">([^<]*)<\/span>/g)].map((match) => match[1]!);
}

describe('HistoryItem', () => {
  it('shows no chip for a complete session and "partial" for an interrupted one', () => {
    expect(chips(entry)).toEqual([]);
    expect(chips({ ...entry, status: 'partial' })).toEqual(['partial']);
  });

  it('shows "generating…", not "partial", while the generation still runs', () => {
    expect(chips({ ...entry, status: 'partial', running: true })).toEqual(['generating…']);
  });
});
