import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, UNTITLED, titleFromJobDescription } from './title-from-job-description.js';

describe('titleFromJobDescription', () => {
  it.each([
    ['Senior Backend Engineer\nWe build payment APIs.', 'Senior Backend Engineer'],
    ['\n\n   ## Job Description\n\n**Senior Backend Engineer**\nCompany: Acme\n', 'Senior Backend Engineer — Acme'],
    ['About the role:\nJob title: Data Analyst (m/f/d)\n', 'Data Analyst (m/f/d)'],
    ['Position - Product Manager, Payments', 'Product Manager, Payments'],
    ['Role-based access control expert', 'Role-based access control expert'],
    ['- Staff Engineer at Globex', 'Staff Engineer at Globex'],
    ['Développeuse full-stack confirmée\r\nParis', 'Développeuse full-stack confirmée'],
    ['シニアソフトウェアエンジニア\n東京', 'シニアソフトウェアエンジニア'],
    ['Staff Engineer at Acme\nCompany: Acme', 'Staff Engineer at Acme'],
  ])('titles %j as %j', (text, title) => {
    expect(titleFromJobDescription(text)).toBe(title);
  });

  it('cuts a long opening paragraph at its first sentence', () => {
    const text =
      'We are hiring a Senior Site Reliability Engineer. You will own our Kubernetes platform, on-call rotations and the observability stack across three regions.';
    expect(titleFromJobDescription(text)).toBe('We are hiring a Senior Site Reliability Engineer');
  });

  it('shortens a long line at a word boundary with an ellipsis', () => {
    const title = titleFromJobDescription(
      `${'Principal Platform Engineer for Distributed Systems '.repeat(3)}and more`,
    );
    expect(title).toBe('Principal Platform Engineer for Distributed Systems Principal Platform…');
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  it('falls back when there is nothing to title', () => {
    expect(titleFromJobDescription('')).toBe(UNTITLED);
    expect(titleFromJobDescription('\n  ---  \n12345\nJob description:\n')).toBe(UNTITLED);
  });

  it('always gives one non-empty line of at most MAX_TITLE_CHARS characters, never half an emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const title = titleFromJobDescription(text);
        expect(title.length).toBeGreaterThan(0);
        expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
        expect(title).not.toMatch(/[\r\n]/);
        expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});
