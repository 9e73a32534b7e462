import fs from 'node:fs';
import path from 'node:path';
import type { ExportFormat, RenderedExport } from '../app/export/render-session-export.js';
import { usageError } from './cli-error.js';

/** Where an export goes: a file, or standard output. */
export type ExportTarget = { file: string | null };

/**
 * Checks, before any work is done, that the export can be written: the folder of `--out` exists,
 * and a PDF (binary) goes to a file or a pipe, never to a terminal.
 */
export function exportTargetFor(format: ExportFormat, out: string | undefined): ExportTarget {
  if (out !== undefined) {
    const folder = path.dirname(path.resolve(out));
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      throw usageError(`--out: the folder ${folder} does not exist.`);
    }
    if (fs.existsSync(out) && fs.statSync(out).isDirectory())
      throw usageError(`--out: ${out} is a folder; name a file.`);
    return { file: out };
  }
  if (format === 'pdf' && process.stdout.isTTY) {
    throw usageError('--format pdf writes a binary file: add --out FILE (or redirect standard output to a file).');
  }
  return { file: null };
}

/** Writes the export to its file or to standard output, and resolves once it is written. */
export async function writeExport(rendered: RenderedExport, target: ExportTarget): Promise<void> {
  if (target.file !== null) {
    await fs.promises.writeFile(target.file, rendered.body);
    return;
  }
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(rendered.body, (error) => (error ? reject(error) : resolve())),
  );
}
