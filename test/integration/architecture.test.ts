import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const sourceRoot = path.resolve(import.meta.dirname, '../../src');

/** Which layers each layer may import at run time (besides itself). */
const ALLOWED_IMPORTS: Record<string, string[]> = {
  core: [],
  llm: ['core'],
  store: ['core'],
  app: ['core', 'llm', 'store'],
  server: ['core', 'app'],
  cli: ['core', 'app'],
  web: ['core'],
  // The offline evaluation (npm run eval): nothing imports it.
  eval: ['core', 'llm', 'app'],
};
/** The one upward arrow: the store implements the app's ports, and may import their types only. */
const TYPE_ONLY_IMPORTS: Record<string, string[]> = { store: ['app/ports.ts'] };
/** Packages only one layer may use. */
const PACKAGE_OWNERS: Record<string, string> = {
  openai: 'llm',
  'better-sqlite3': 'store',
  pg: 'store',
  fastify: 'server',
  '@fastify/helmet': 'server',
  '@fastify/static': 'server',
  commander: 'cli',
  react: 'web',
  'react-dom': 'web',
};

type ImportStatement = { specifier: string; typeOnly: boolean };

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const fullPath = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(fullPath);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [fullPath] : [];
  });
}

function importsOf(file: string): ImportStatement[] {
  const text = fs.readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/\b(import|export)(\s+type)?\s[^'";]*?from\s+['"]([^'"]+)['"]/g)].map(
    (match) => ({
      specifier: match[3]!,
      typeOnly: Boolean(match[2]),
    }),
  );
  const sideEffects = [...text.matchAll(/\bimport\s+['"]([^'"]+)['"]/g)].map((match) => ({
    specifier: match[1]!,
    typeOnly: false,
  }));
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({
    specifier: match[1]!,
    typeOnly: false,
  }));
  return [...statements, ...sideEffects, ...dynamic];
}

function layerOf(relativePath: string): string {
  return relativePath.split(path.sep)[0]!;
}

/** Every import that runs against the layers: `file -> specifier`, with the reason. */
function layerViolations(): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(sourceRoot)) {
    const relativeFile = path.relative(sourceRoot, file);
    const layer = layerOf(relativeFile);
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = path.relative(sourceRoot, path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '.ts');
        const targetLayer = layerOf(target);
        if (targetLayer === layer || ALLOWED_IMPORTS[layer]?.includes(targetLayer)) continue;
        if (typeOnly && TYPE_ONLY_IMPORTS[layer]?.includes(target.split(path.sep).join('/'))) continue;
        violations.push(`${relativeFile} -> ${specifier}${typeOnly ? ' (type)' : ''}`);
      } else {
        const packageName = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0]!;
        const owner = PACKAGE_OWNERS[packageName];
        if (owner && owner !== layer && !typeOnly) violations.push(`${relativeFile} uses ${packageName}`);
        if ((layer === 'core' || layer === 'web') && specifier.startsWith('node:'))
          violations.push(`${relativeFile} uses ${specifier}`);
      }
    }
  }
  return violations;
}

it('imports flow one way: core <- llm, store <- app <- server, cli; web uses core only', () => {
  expect(layerViolations()).toEqual([]);
});

it('has every layer the rule names, so a renamed folder cannot pass unchecked', () => {
  const layers = fs
    .readdirSync(sourceRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(layers.sort()).toEqual(Object.keys(ALLOWED_IMPORTS).sort());
});
