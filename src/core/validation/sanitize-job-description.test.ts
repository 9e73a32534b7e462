import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** Strings built from the pieces that make cleaning hard: markup, entities, invisible characters. */
const messyText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<li>',
        '</li>',
        '<br>',
        '<b>',
        '</b>',
        '<script>',
        '</script>',
        '<scr',
        'ipt>',
        '<style>',
        '<!--',
        '-->',
        '<a href="https://x.io?a=1&amp;b=2">',
        '</a>',
        '<',
        '>',
        '&',
        ';',
        '&amp;',
        '&lt;',
        '&gt;',
        '&nbsp;',
        '&#60;',
        '&#x3C;',
        '&#0;',
        '&#1;',
        '&#8203;',
        '&#13;',
        '&amp;lt;',
        'script',
        'lt',
        'amp',
        '#',
        '-',
        '\n',
        '\r',
        '\r\n',
        '\t',
        ' ',
        '\u00A0',
        '\u2028',
        '\u0000',
        '\u0007',
        '\u001B',
        '\u007F',
        '\u0085',
        '\u200B',
        '\u200C',
        '\u200D',
        '\u2060',
        '\u202E',
        '\u2066',
        '\uFEFF',
        '\u00AD',
        '\uFE0F',
        '\u0301',
        '\u0338',
        'e',
        '👩',
        '💻',
        '❤',
        '1',
        '\u{E0041}',
        'C++',
        'R&D',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('sanitizeJobDescription', () => {
  it('turns every line-break convention into \\n', () => {
    expect(sanitizeJobDescription('one\r\ntwo\rthree\u2028four\u0085five')).toBe('one\ntwo\nthree\nfour\nfive');
  });

  it('strips HTML tags, keeps their text and breaks lines where the page did', () => {
    const html =
      '<div class="jd"><h2>Data Analyst</h2>\n  <p>Join our <strong>R&amp;D</strong> team.</p>\n' +
      '  <ul>\n    <li>SQL &amp; Python</li>\n    <li><p>Tableau</p></li>\n  </ul>Pay&nbsp;&euro;50k<br>Remote</div>';
    expect(sanitizeJobDescription(html)).toBe(
      'Data Analyst\n\nJoin our R&D team.\n\n- SQL & Python\n- Tableau\n\nPay €50k\nRemote',
    );
  });

  it('keeps the line breaks of a plain-text paste that has a few tags in it', () => {
    expect(sanitizeJobDescription('Line cook\n\nEvenings\nWeekends\nMust have <b>food hygiene</b> level 2')).toBe(
      'Line cook\n\nEvenings\nWeekends\nMust have food hygiene level 2',
    );
  });

  it('keeps the address of a link next to its text', () => {
    const html = '<p>Apply on <a href="https://jobs.example.com/42?src=board&amp;lang=en">our site</a>.</p>';
    expect(sanitizeJobDescription(html)).toBe('Apply on our site (https://jobs.example.com/42?src=board&lang=en).');
  });

  it('removes script and style elements with their content, and comments', () => {
    const html =
      '<p>Nurse</p><script>steal(document.cookie)</script><style>p{color:red}</style><!-- tracking --><p>Nights</p>';
    expect(sanitizeJobDescription(html)).toBe('Nurse\n\nNights');
  });

  it('decodes common entities, numeric ones and double-encoded ones', () => {
    expect(sanitizeJobDescription('Caf&eacute; &#8211; 5&#160;days &ndash; &quot;fun&quot; &amp;lt;3')).toBe(
      'Café – 5 days – "fun" <3',
    );
  });

  it.each([
    'C++ and C# developers, salary < 100k and > 80k',
    'R&D, AT&T; P&L ownership, M&A',
    'Experience: <5 years> is fine; 3 < x < 7',
    'Write to jobs@example.com or <jobs@example.com>, see https://example.com/jobs?id=7&ref=li',
    'Use semantic elements like <nav> and <main> instead of <div>.',
    'Send your CV with the subject <Job Title> – <Your Name>',
    'Übung macht den Meister: Führung, Qualität, Çalışma, niño, 東京',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(sanitizeJobDescription(text)).toBe(text);
  });

  it('strips control characters but keeps line feeds and tabs', () => {
    expect(sanitizeJobDescription('Skills:\u0000\u0007\nSQL\tPython\u001B[31m\u007F\u009B')).toBe(
      'Skills:\nSQL\tPython[31m',
    );
  });

  it('strips zero-width and bidi-control characters inside words', () => {
    expect(
      sanitizeJobDescription('ig\u200Bno\u200Cre\u200D \u202Eevil\u202C \u2066x\u2069 \uFEFFsoft\u00ADware\u2060'),
    ).toBe('ignore evil x software');
  });

  it('keeps the joiners and variation selectors that hold emoji together', () => {
    const text = '👩‍💻 CTO, 🧑‍💼 CEO, ❤️, 1️⃣, 🇵🇹';
    expect(sanitizeJobDescription(text)).toBe(text);
  });

  it('collapses runs of spaces and blank lines and trims', () => {
    expect(sanitizeJobDescription('  \n\n Senior   Engineer \u00A0\u2003 (m/f/d)  \n\n\n\n\nApply   now \n ')).toBe(
      'Senior Engineer (m/f/d)\n\nApply now',
    );
  });

  it('replaces lone surrogates with U+FFFD and keeps whole pairs', () => {
    expect(sanitizeJobDescription('Senior \uD83D engineer \uDE00 team 😀')).toBe(
      'Senior \uFFFD engineer \uFFFD team 😀',
    );
    expect(sanitizeJobDescription('end\uD800')).toBe('end\uFFFD');
    expect(sanitizeJobDescription('\uDFFFstart')).toBe('\uFFFDstart');
    // Stripping the zero-width space between the halves makes them a pair again.
    expect(sanitizeJobDescription('\uD83D\u200B\uDE00')).toBe('😀');
  });

  it('always gives well-formed Unicode, whatever halves of pairs the paste holds', () => {
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
    const withSurrogates = fc.array(fc.oneof(messyText, surrogate), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(withSurrogates, (text) => {
        const clean = sanitizeJobDescription(text);
        expect(() => encodeURIComponent(clean)).not.toThrow();
        expect(sanitizeJobDescription(clean)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const once = sanitizeJobDescription(text);
        expect(sanitizeJobDescription(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never outputs control characters (other than \\n and \\t), invisible characters or "<script"', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, fc.string({ unit: 'binary' })), (text) => {
        const clean = sanitizeJobDescription(text);
        expect(clean).not.toMatch(
          /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/,
        );
        expect(clean.toLowerCase()).not.toContain('<script');
      }),
      { numRuns: 2000 },
    );
  });
});
