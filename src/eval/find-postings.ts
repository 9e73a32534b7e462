import fs from 'node:fs/promises';
import path from 'node:path';

const MAGIC = /[*?[{]/;

/**
 * A glob as a regular expression over `/`-separated paths: `**` any folders, `*` and `?` within
 * one name, `[...]` a character class, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const character = glob[index]!;
    if (character === '*' && glob[index + 1] === '*') {
      const slashAfter = glob[index + 2] === '/';
      source += slashAfter ? '(?:[^/]*/)*' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else if (character === '[') {
      const end = glob.indexOf(']', index + 1);
      if (end === -1) source += '\\[';
      else {
        const body = glob.slice(index + 1, end);
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        index = end;
      }
    } else if (character === '{') {
      braces += 1;
      source += '(?:';
    } else if (character === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (character === ',' && braces > 0) source += '|';
    else source += character.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The folder a glob starts from: its leading names without wildcards. */
export function globBase(glob: string): string {
  const names = glob.split('/');
  const firstMagic = names.findIndex((name) => MAGIC.test(name));
  const base = names.slice(0, firstMagic === -1 ? names.length : firstMagic).join('/');
  return base === '' ? (glob.startsWith('/') ? '/' : '.') : base;
}

async function filesMatching(glob: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, glob).split(path.sep).join('/');
  const base = globBase(absolute);
  const pattern = globToRegExp(absolute);
  const entries = await fs.readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => pattern.test(file.split(path.sep).join('/')));
}

/**
 * The posting files that the arguments name, sorted by name without repeats: each argument is a
 * folder (its `.txt` files), a file, or a glob (quoted, so the shell leaves it alone).
 */
export async function findPostings(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (MAGIC.test(pattern)) {
      for (const file of await filesMatching(pattern, cwd)) found.add(file);
      continue;
    }
    const target = path.resolve(cwd, pattern);
    const stats = await fs.stat(target).catch(() => null);
    if (stats === null) throw new Error(`No such file or folder: ${pattern}`);
    if (stats.isFile()) found.add(target);
    else {
      const names = await fs.readdir(target);
      for (const name of names.filter((entry) => entry.endsWith('.txt'))) found.add(path.join(target, name));
    }
  }
  return [...found].sort(
    (first, second) => path.basename(first).localeCompare(path.basename(second)) || first.localeCompare(second),
  );
}
