import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSector, requiredLiteral, scoreSectors } from './detect-sector.js';
import { FEW_SHOT_EXAMPLES } from './few-shot-examples/few-shot-library.js';
import { SECTOR_SIGNALS, type Sector } from './sector-signals.js';

const POSTINGS = new URL('../../../test/fixtures/job-postings/', import.meta.url);
const readPosting = (name: string) => readFileSync(new URL(name, POSTINGS), 'utf8');

// Every fixture posting and the sector a recruiter would file it under. Jobs outside the six
// sectors (and jobs that only mention one, like an accountant at a hotel group or a support agent
// who knows SQL) get the neutral examples.
const EXPECTED: Record<string, Sector> = {
  'accountant-payroll-nl-en.txt': 'general',
  'ai-safety-research-engineer.txt': 'software',
  'atencion-al-cliente-es.txt': 'general',
  'construction-project-manager.txt': 'construction',
  'customer-support-specialist-saas.txt': 'general',
  'cybersecurity-analyst-soc.txt': 'software',
  'data-engineer.txt': 'software',
  'executive-assistant-ceo.txt': 'general',
  'farmacista-it.txt': 'healthcare',
  'financial-analyst.txt': 'general',
  'frontend-developer-react.txt': 'software',
  'head-chef-restaurant.txt': 'hospitality',
  'hr-business-partner.txt': 'general',
  'html-job-board-product-designer.txt': 'general',
  'infirmier-urgences-fr.txt': 'healthcare',
  'legal-associate-commercial.txt': 'general',
  'long-haul-truck-driver.txt': 'general',
  'machine-learning-engineer-llm.txt': 'software',
  'maintenance-technician-manufacturing.txt': 'general',
  'marketing-manager-brand.txt': 'general',
  'public-sector-policy-advisor.txt': 'public_policy',
  'registered-nurse-icu.txt': 'healthcare',
  'retail-store-manager.txt': 'general',
  'secondary-maths-teacher.txt': 'education',
  'site-reliability-engineer.txt': 'software',
  'social-worker-child-protection.txt': 'general',
  'software-backend-engineer.txt': 'software',
  'softwareentwickler-java-de.txt': 'software',
  'startup-bullets-emoji-growth.txt': 'general',
  'warehouse-shift-supervisor.txt': 'general',
};

describe('detectSector', () => {
  it('knows every fixture posting', () => {
    const names = readdirSync(POSTINGS).filter((name) => name.endsWith('.txt'));
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s -> %s', (name, sector) => {
    expect(detectSector(readPosting(name))).toBe(sector);
  });

  it('files every few-shot example posting under its own sector', () => {
    for (const example of FEW_SHOT_EXAMPLES) expect(detectSector(example.jobDescription)).toBe(example.sector);
  });

  it('falls back to general when no sector is clear', () => {
    expect(detectSector('')).toBe('general');
    expect(
      detectSector('Office manager for a small architecture practice: diary, invoices, supplies and visitors.'),
    ).toBe('general');
    // One passing mention is not enough.
    expect(detectSector('Receptionist at a busy hotel: greet guests, take bookings and answer the phone.')).toBe(
      'general',
    );
  });

  it('reads short postings in other words and languages', () => {
    expect(
      detectSector('Machine learning engineer at Otterly Health: train and ship PyTorch models for radiology triage.'),
    ).toBe('software');
    expect(
      detectSector('Staff nurse, surgical ward: care for 8 patients a shift, medication rounds, NEWS2 escalation.'),
    ).toBe('healthcare');
    expect(detectSector('Commis chef for a busy brasserie kitchen: prep, sections, HACCP records and allergens.')).toBe(
      'hospitality',
    );
    expect(
      detectSector(
        'Enseignant de mathématiques : préparer les leçons, suivre les élèves, teaching en classe de seconde.',
      ),
    ).toBe('education');
  });

  it('weighs the job title more than the body', () => {
    const body = 'We run a busy site with lots of patients visiting; you will keep the reception tidy.';
    expect(scoreSectors(`Site manager\n${body}`).construction).toBeGreaterThan(
      scoreSectors(`Receptionist\n${body} Site manager cover.`).construction,
    );
  });

  it('is a pure function of the words: case and repetition do not change the answer', () => {
    const posting = readPosting('head-chef-restaurant.txt');
    expect(detectSector(posting.toUpperCase())).toBe('hospitality');
    expect(scoreSectors(`${posting}\n${posting}`)).toEqual(scoreSectors(posting));
  });
});

describe('scoreSectors: the literal pre-check changes no score', () => {
  const wholeWord = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
  const terms = Object.entries(SECTOR_SIGNALS).flatMap(([sector, signals]) => [
    ...signals.strong.map((source) => ({ sector, source, points: 3 })),
    ...signals.weak.map((source) => ({ sector, source, points: 1 })),
  ]);
  /** Every regex tried on the text, as before the pre-check. */
  function referenceScores(jobDescription: string): Record<string, number> {
    const text = jobDescription.normalize('NFC');
    const title = text.trim().split('\n', 1)[0] ?? '';
    const scores: Record<string, number> = Object.fromEntries(Object.keys(SECTOR_SIGNALS).map((key) => [key, 0]));
    for (const { sector, source, points } of terms) {
      const regex = wholeWord(source);
      if (regex.test(title)) scores[sector]! += points * 2;
      else if (regex.test(text)) scores[sector]! += points;
    }
    return scores;
  }

  it('gives the scores of every regex over the whole text, for every corpus posting', () => {
    const folder = new URL('../../../corpus/injection/postings/', import.meta.url);
    const postings = readdirSync(folder).flatMap((file) =>
      readFileSync(new URL(file, folder), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(postings.length).toBeGreaterThan(500);
    for (const posting of postings) expect(scoreSectors(posting)).toEqual(referenceScores(posting));
  });

  it('gives the same scores for text made of signal words in any case, cut and joined anyhow', () => {
    const pieces = terms.map(({ source }) => source.replace(/[\\^$.|?*+()[\]{}]/g, ' '));
    const word = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom('ſ', 'ς', 'Σ', 'İ', 'ı', 'K', '-', '\n', ' ', 'é', 'ß', 'ẞ'),
      fc.string({ maxLength: 6 }),
    );
    const randomCase = (text: string, flips: boolean[]) =>
      [...text].map((char, index) => (flips[index % flips.length] ? char.toUpperCase() : char)).join('');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (words, flips) => {
          const text = randomCase(words.join(' '), flips);
          expect(scoreSectors(text)).toEqual(referenceScores(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a literal only where every match must contain it', () => {
    expect(requiredLiteral('software (?:engineers?|developers?)')).toBe('software ');
    expect(requiredLiteral('back-?end')).toBe('back');
    expect(requiredLiteral('nurses?')).toBe('nurse');
    expect(requiredLiteral('ci/cd')).toBe('ci/cd');
    expect(requiredLiteral('sous[- ]chef')).toBe('sous');
    expect(requiredLiteral('chef|cook')).toBeNull();
    expect(requiredLiteral('chef[(]x|cook')).toBeNull(); // a ( inside a class opens no group
    expect(requiredLiteral('sous[|]chef')).toBe('sous');
    expect(requiredLiteral('\\p{L}+ist')).toBeNull();
    expect(requiredLiteral('RN')).toBeNull();
  });
});
