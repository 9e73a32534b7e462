import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { textArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import type { Question } from '../schemas/question.js';
import type { Session } from '../schemas/session.js';
import { escapeMarkdownBlock, escapeMarkdownInline } from './escape-markdown.js';
import { sessionToMarkdown } from './session-to-markdown.js';

function withFirstQuestion(changes: Partial<Question>, session: Session = buildSampleSession()): Session {
  const [first, ...rest] = session.result.questions;
  if (!first) throw new Error('the sample has questions');
  return { ...session, result: { ...session.result, questions: [{ ...first, ...changes }, ...rest] } };
}

/** True when every occurrence of `character` is preceded by an odd number of backslashes. */
function allEscaped(text: string, character: string): boolean {
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) {
    let backslashes = 0;
    for (let position = index - 1; position >= 0 && text[position] === '\\'; position -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return false;
  }
  return true;
}

describe('sessionToMarkdown', () => {
  const markdown = sessionToMarkdown(buildSampleSession());

  it('starts with the title and the settings of the session', () => {
    expect(markdown.startsWith('# Senior Backend Engineer — Acme\n\n')).toBe(true);
    for (const line of [
      '- **Interview:** Technical',
      '- **Level:** Senior',
      '- **Technique:** Chain of thought',
      '- **Model:** GPT-5.4 mini',
      '- **Date:** 2026-11-25 09:30 UTC',
      '- **Language:** English',
    ])
      expect(markdown).toContain(line);
  });

  it('has a numbered heading per question with its category, difficulty and time', () => {
    expect(markdown).toContain(
      '## 1. How would you make a payment webhook handler idempotent, e.g. for "duplicate" deliveries?\n\n*System design, reliability · Hard · 15 min*',
    );
    expect(markdown).toContain('## 2. Case: the checkout service in Zürich slows down every Friday. Diagnose it.');
    expect(markdown).toContain(
      '## 3. Tell me about a time you disagreed with a tech lead, and how it ended.\n\n*Leadership · Medium · 5 min*',
    );
  });

  it('gives each question its evaluation points, framework, hints, follow-ups and red flags', () => {
    expect(markdown).toContain(
      '### What the interviewer evaluates\n\n- \\-5 years of legacy retries to untangle\n- Idempotency keys',
    );
    expect(markdown).toContain(
      '### Answer framework: Approach outline\n\n1. **Clarify:** Ask about delivery guarantees, volume and ordering.',
    );
    expect(markdown).toContain(
      '### Answer framework: STAR\n\n1. **Situation:** Set the scene in one sentence.\n2. **Task:**',
    );
    expect(markdown).toContain('### Hints\n\n- \\=SUM(A1) looks like a formula\n- Think of the outbox pattern');
    expect(markdown).toContain('- Привет: how does this work across regions?');
    expect(markdown).toContain('### Red flags\n\n- \\+1 retry loop without a limit');
    // The case question has no red flags: no empty section is written for it.
    expect(markdown.match(/### Red flags/g)).toHaveLength(2);
  });

  it('shows the case study: scenario with its line breaks, data and expected approach', () => {
    expect(markdown).toContain(
      '### Case scenario\n\nA naïve café chain with 120 shops uses Acme checkout.\\\nEvery Friday at 17:00',
    );
    expect(markdown).toContain(
      '### Data provided\n\n- p99: 1.2 s -> 3.9 s\n- Orders/min: 900, peak 2,400\n- Ελληνικά receipts enabled in March',
    );
    expect(markdown).toContain('### Expected approach\n\nSeparate load from contention;');
  });

  it('ends with recommendations, strategy, job analysis, overview and cost', () => {
    const closing = markdown.slice(markdown.indexOf('\n---\n'));
    expect(closing).toContain(
      '## Preparation recommendations\n\n- Review "exactly-once" vs. at-least-once delivery, with examples.',
    );
    expect(closing).toContain('## Strategy\n\nLead with trade-offs, then numbers.\\\nKeep each answer under 4 minutes');
    expect(closing).toContain('## Job analysis: key requirements\n\n- Event-driven design');
    expect(closing).toContain('## Overview\n\n- Difficulty mix: 0 easy, 1 medium, 2 hard\n- Total time: 40 min');
    expect(closing).toContain(
      '## Cost\n\n12,345 input tokens (1,024 cached) · 3,456 output tokens (800 reasoning) · Cost: $0.0249',
    );
  });

  it('says when the cost is unknown', () => {
    const unknownUsage = sessionToMarkdown(buildSampleSession({ usage: null }));
    expect(unknownUsage).toContain('## Cost\n\nTokens: unknown · Cost: unknown');
    const sample = buildSampleSession();
    const noPrice = sessionToMarkdown(
      buildSampleSession({ usage: sample.usage && { ...sample.usage, costUsd: null } }),
    );
    expect(noPrice).toContain('Cost: unknown (no price for this model)');
  });

  it('warns at the top when the session is partial, and only then', () => {
    const partial = sessionToMarkdown(
      buildSampleSession({ status: 'partial', error: { code: 'output_truncated', message: 'The reply was cut off' } }),
    );
    expect(partial).toContain(
      '> **Partial session: the generation stopped before it finished, so this sheet holds only the 3 completed questions. Reason: The reply was cut off.**',
    );
    expect(partial.indexOf('Partial session')).toBeLessThan(partial.indexOf('## 1.'));
    expect(markdown).not.toContain('Partial session');
  });

  it('escapes model text so it cannot inject HTML, links or code', () => {
    const hostile = sessionToMarkdown(
      withFirstQuestion({
        question: '<script>alert(1)</script> What is XSS?',
        hints: ['[click me](javascript:alert(1))', '![img](http://evil.example/x.png)', '```js'],
        followUps: ['<img src=x onerror=alert(1)>', '# Not a heading', '1. not a list'],
      }),
    );
    expect(hostile).not.toMatch(/(^|[^\\])<(script|\/script|img)/);
    expect(hostile).not.toMatch(/(^|[^\\])\[click me/);
    expect(hostile).toContain('## 1. \\<script>alert(1)\\</script> What is XSS?');
    expect(hostile).toContain('- \\[click me\\](javascript:alert(1))');
    expect(hostile).toContain('- !\\[img\\](http://evil.example/x.png)');
    expect(hostile).toContain('- \\`\\`\\`js');
    expect(hostile).toContain('- \\# Not a heading\n- 1\\. not a list');
  });

  it('escapes block markers at the start of every line of multi-line text', () => {
    const strategy = '# Plan\n- first\n  1) second\n> quoted\n===\n\n\n    indented code';
    expect(escapeMarkdownBlock(strategy)).toBe(
      '\\# Plan\\\n\\- first\\\n1\\) second\\\n\\> quoted\\\n\\===\n\nindented code',
    );
  });

  it('leaves no unescaped markup character in any inline text', () => {
    fc.assert(
      fc.property(textArbitrary(), (text) => {
        const escaped = escapeMarkdownInline(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/^[-+=~>#]|^\d+[.)]/);
        for (const character of ['<', '[', ']', '`', '*', '_']) expect(allEscaped(escaped, character)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
