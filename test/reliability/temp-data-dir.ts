import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Runs `use` with a new temp folder, removed afterwards whatever happens. */
export async function withTempDataDir<T>(name: string, use: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `interview-prep-reliability-${name}-`));
  try {
    return await use(dataDir);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
