import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Usage } from '../../../core/schemas/usage.js';
import { UsagePanel } from './usage-panel.js';

const spent = { inputTokens: 900, outputTokens: 120, costUsd: 0.0012 };
const usage: Usage = {
  inputTokens: 900,
  cachedTokens: 0,
  outputTokens: 2400,
  reasoningTokens: 1800,
  costUsd: 0.0115,
  model: 'gpt-5.4-mini',
};

/** The panel's text, tags removed. */
function text(element: ReactElement): string {
  return renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('UsagePanel', () => {
  it('while a reasoning model streams: the live figure, with its reasoning tokens said to come at the end', () => {
    const shown = text(<UsagePanel usage={null} spent={spent} streaming model="gpt-5.4-mini" />);
    expect(shown).toContain(
      'So far ≈ 1,020 tokens (900 in, 120 out), ≈ $0.0012 + reasoning tokens and their cost, counted when the reply ends.',
    );
  });

  it('while a classic model streams: the live figure without that note', () => {
    const shown = text(<UsagePanel usage={null} spent={spent} streaming model="gpt-4.1-mini" />);
    expect(shown).toContain('So far ≈ 1,020 tokens');
    expect(shown).not.toContain('reasoning');
  });

  it('once the final usage arrives: the exact figures, reasoning tokens included, and no note', () => {
    const shown = text(<UsagePanel usage={usage} spent={spent} streaming model="gpt-5.4-mini" />);
    expect(shown).toContain('Output tokens 2,400');
    expect(shown).toContain('Reasoning tokens 1,800');
    expect(shown).toContain('Cost (USD) $0.0115');
    expect(shown).not.toMatch(/So far|counted when the reply ends/);
  });
});
