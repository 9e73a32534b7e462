import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const sourceRoot = path.resolve(import.meta.dirname, '../../src');

/** Which layers each layer may import (besides itself). */
const ALLOWED_IMPORTS: Record<string, string[]> = {
  core: [],
  llm: ['core'],
  store: ['core'],
  server: ['core', 'llm', 'store'],
  web: ['core'],
};
/** Packages only one layer may use. */
const PACKAGE_OWNERS: Record<string, string> = { openai: 'llm', 'better-sqlite3': 'store', fastify: 'server' };

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const fullPath = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(fullPath);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [fullPath] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const patterns = [
    /\b(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

it('imports flow one way: core <- llm, store <- server; web uses core only', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(sourceRoot)) {
    const layer = path.relative(sourceRoot, file).split(path.sep)[0]!;
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = path.relative(sourceRoot, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
        if (target !== layer && !ALLOWED_IMPORTS[layer]?.includes(target)) violations.push(`${path.relative(sourceRoot, file)} -> ${specifier}`);
      } else {
        const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        const owner = PACKAGE_OWNERS[packageName];
        if (owner && owner !== layer) violations.push(`${path.relative(sourceRoot, file)} uses ${packageName}`);
        if (layer === 'core' && specifier.startsWith('node:')) violations.push(`${path.relative(sourceRoot, file)} uses ${specifier}`);
      }
    }
  }
  expect(violations).toEqual([]);
});
