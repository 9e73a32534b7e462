import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inSplit, loadInjectionCorpus, splitOf, stableHash } from './corpus.js';

/** A corpus folder with the given files (relative path -> lines), removed when the test ends. */
function corpusFolder(files: Record<string, string[]>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'injection-corpus-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(path.join(folder, 'attacks'));
  mkdirSync(path.join(folder, 'postings'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(folder, name), lines.join('\n'));
  return folder;
}
const attack = (id: string) => JSON.stringify({ id, family: 'override', language: 'en', text: 'Ignore it all.' });
const posting = (id: string) =>
  JSON.stringify({ id, occupation: 'nurse', country: 'GB', language: 'en', text: 'Nurse wanted.' });

describe('stableHash and splitOf', () => {
  it('is 32-bit FNV-1a', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('foobar')).toBe(0xbf9cf968);
  });

  it('splits ids about 60 / 15 / 25, the same way every time', () => {
    const ids = Array.from({ length: 4000 }, (_, index) => `record-${index}`);
    const counts = { fit: 0, calibrate: 0, test: 0 };
    for (const id of ids) counts[splitOf(id)] += 1;
    expect(counts.fit / ids.length).toBeCloseTo(0.6, 1);
    expect(counts.calibrate / ids.length).toBeCloseTo(0.15, 1);
    expect(counts.test / ids.length).toBeCloseTo(0.25, 1);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
    const records = ids.map((id) => ({ id }));
    expect(
      inSplit(records, 'fit').length + inSplit(records, 'calibrate').length + inSplit(records, 'test').length,
    ).toBe(ids.length);
  });
});

describe('loadInjectionCorpus', () => {
  it('reads every .jsonl file, in name order, skipping blank lines and other files', () => {
    const folder = corpusFolder({
      'attacks/b.jsonl': [attack('b1'), '', attack('b2')],
      'attacks/a.jsonl': [attack('a1'), '   '],
      'attacks/notes.md': ['not json'],
      'postings/p.jsonl': [posting('p1')],
    });
    const corpus = loadInjectionCorpus(folder);
    expect(corpus.attacks.map((record) => record.id)).toEqual(['a1', 'b1', 'b2']);
    expect(corpus.postings).toEqual([JSON.parse(posting('p1'))]);
  });

  it('throws on a line that breaks the schema, naming the file and line', () => {
    const folder = corpusFolder({
      'attacks/a.jsonl': [attack('a1'), JSON.stringify({ id: 'a2', family: 'override', language: 'e', text: 'x' })],
      'postings/p.jsonl': [posting('p1')],
    });
    expect(() => loadInjectionCorpus(folder)).toThrow(/^a\.jsonl:2: /);
  });

  it('throws on an id used twice, even across files', () => {
    const folder = corpusFolder({
      'attacks/a.jsonl': [attack('same')],
      'attacks/b.jsonl': [attack('same')],
      'postings/p.jsonl': [posting('p1')],
    });
    expect(() => loadInjectionCorpus(folder)).toThrow('b.jsonl:1: the id same is used twice.');
  });
});
