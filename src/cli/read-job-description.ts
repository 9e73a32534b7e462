import fs from 'node:fs/promises';
import { usageError } from './cli-error.js';

async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Paste the job description, then press Ctrl-D on a line of its own.\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The job description from a file, or from standard input for `-`; an unreadable file is a usage error. */
export async function readJobDescription(source: string): Promise<string> {
  if (source === '-') return readStandardInput();
  return readTextFile(source, '--job-description', 'a text file with the job posting, or - to read standard input');
}

/** The candidate profile (a CV or "about me") from a text file; an unreadable file is a usage error. */
export async function readCandidateProfile(source: string): Promise<string> {
  return readTextFile(source, '--profile', 'a text file with your CV or a short "about me"');
}

async function readTextFile(source: string, flag: string, what: string): Promise<string> {
  try {
    return await fs.readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    throw usageError(`${flag}: cannot read ${source}: ${reason}. Give ${what}.`);
  }
}
