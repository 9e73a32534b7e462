import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const AttackRecordSchema = z.object({
  id: z.string().min(1),
  family: z.string().min(1),
  language: z.string().min(2),
  text: z.string().min(1),
});
export type AttackRecord = z.infer<typeof AttackRecordSchema>;

export const PostingRecordSchema = z.object({
  id: z.string().min(1),
  occupation: z.string().min(1),
  country: z.string().min(2),
  language: z.string().min(2),
  text: z.string().min(1),
});
export type PostingRecord = z.infer<typeof PostingRecordSchema>;

export type InjectionCorpus = { attacks: AttackRecord[]; postings: PostingRecord[] };

/**
 * Which part of the corpus a record is in, fixed by its id: `fit` trains the weights, `calibrate`
 * sets the threshold, `test` is held out for the figures and never seen by the training.
 */
export type CorpusSplit = 'fit' | 'calibrate' | 'test';
const FIT_SHARE = 60;
const CALIBRATE_SHARE = 15;

export function splitOf(id: string): CorpusSplit {
  const bucket = stableHash(id) % 100;
  if (bucket < FIT_SHARE) return 'fit';
  return bucket < FIT_SHARE + CALIBRATE_SHARE ? 'calibrate' : 'test';
}

/** FNV-1a: the same id always lands in the same split, on every machine. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

export function inSplit<T extends { id: string }>(records: readonly T[], split: CorpusSplit): T[] {
  return records.filter((record) => splitOf(record.id) === split);
}

/** Reads every `.jsonl` file of `attacks/` and `postings/` under the corpus folder; a bad line throws. */
export function loadInjectionCorpus(folder: string): InjectionCorpus {
  return {
    attacks: readJsonLines(path.join(folder, 'attacks'), AttackRecordSchema),
    postings: readJsonLines(path.join(folder, 'postings'), PostingRecordSchema),
  };
}

function parseJson(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`, { cause: error });
  }
}

function readJsonLines<T>(folder: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const ids = new Set<string>();
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(path.join(folder, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = schema.safeParse(parseJson(line, `${name}:${index + 1}`));
      if (!parsed.success) throw new Error(`${name}:${index + 1}: ${parsed.error.message}`);
      const id = (parsed.data as { id: string }).id;
      if (ids.has(id)) throw new Error(`${name}:${index + 1}: the id ${id} is used twice.`);
      ids.add(id);
      records.push(parsed.data);
    });
  }
  return records;
}
