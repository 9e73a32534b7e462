import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPostings, globBase, globToRegExp } from './find-postings.js';

describe('globToRegExp', () => {
  it('matches * within a name, ** across folders, ? one character, {a,b} and [..]', () => {
    expect(globToRegExp('a/*.txt').test('a/nurse.txt')).toBe(true);
    expect(globToRegExp('a/*.txt').test('a/b/nurse.txt')).toBe(false);
    expect(globToRegExp('a/**/*.txt').test('a/nurse.txt')).toBe(true);
    expect(globToRegExp('a/**/*.txt').test('a/b/c/nurse.txt')).toBe(true);
    expect(globToRegExp('a/nurse-?.txt').test('a/nurse-1.txt')).toBe(true);
    expect(globToRegExp('a/*-{fr,de}.txt').test('a/infirmier-fr.txt')).toBe(true);
    expect(globToRegExp('a/*-{fr,de}.txt').test('a/chef-it.txt')).toBe(false);
    expect(globToRegExp('a/[hs]*.txt').test('a/head-chef.txt')).toBe(true);
    expect(globToRegExp('a/[!hs]*.txt').test('a/head-chef.txt')).toBe(false);
    expect(globToRegExp('a/x.txt').test('a/xytxt')).toBe(false);
  });
});

describe('globBase', () => {
  it('is the folder before the first wildcard', () => {
    expect(globBase('/work/fixtures/*.txt')).toBe('/work/fixtures');
    expect(globBase('fixtures/**/nurse*.txt')).toBe('fixtures');
    expect(globBase('*.txt')).toBe('.');
  });
});

describe('findPostings', () => {
  let root = '';
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'eval-postings-'));
    await fs.mkdir(path.join(root, 'more'));
    for (const name of ['b-nurse.txt', 'a-chef.txt', 'notes.md', 'more/c-teacher.txt'])
      await fs.writeFile(path.join(root, name), 'text');
  });

  it('takes the .txt files of a folder, sorted by name', async () => {
    expect(await findPostings([root])).toEqual([path.join(root, 'a-chef.txt'), path.join(root, 'b-nurse.txt')]);
  });

  it('takes globs (relative to the working folder) and files, without repeats', async () => {
    expect(await findPostings(['**/*.txt', 'b-nurse.txt'], root)).toEqual([
      path.join(root, 'a-chef.txt'),
      path.join(root, 'b-nurse.txt'),
      path.join(root, 'more/c-teacher.txt'),
    ]);
    expect(await findPostings([path.join(root, '*-nurse.txt')])).toEqual([path.join(root, 'b-nurse.txt')]);
  });

  it('says which path does not exist', async () => {
    await expect(findPostings([path.join(root, 'missing')])).rejects.toThrow(/No such file or folder/);
  });
});
