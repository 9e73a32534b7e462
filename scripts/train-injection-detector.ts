/**
 * Trains the prompt-injection classifier on the corpus in corpus/injection (see its README) and
 * writes the weights to src/core/validation/injection/injection-model-data.ts, then prints the
 * figures on the held-out test split. Deterministic: the same corpus gives the same weights.
 * Run: npm run train:injection [-- --verbose]   (--verbose lists the misses and false positives)
 * For experiments only: INJ_EPOCHS, INJ_LR, INJ_L2, INJ_KIND_L2, INJ_MARGIN override the settings,
 * INJ_NB=<smoothing> uses naive Bayes weights instead of logistic regression, INJ_DRY_RUN=1 prints the
 * figures without writing the weights.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_FOLDER } from '../src/app/project-folder.js';
import { createInjectionDetector } from '../src/core/validation/detect-prompt-injection.js';
import { decodeModel, type InjectionModel } from '../src/core/validation/injection/injection-classifier.js';
import { revealTagCharacters } from '../src/core/validation/invisible-characters.js';
import { sanitizeJobDescription } from '../src/core/validation/sanitize-job-description.js';
import {
  inSplit,
  loadInjectionCorpus,
  stableHash,
  type InjectionCorpus,
  type PostingRecord,
} from '../src/eval/injection/corpus.js';
import { evaluateInjectionDetector, type InjectionFigures } from '../src/eval/injection/evaluate-detector.js';
import { hideInPosting } from '../src/eval/injection/hide-in-posting.js';
import {
  buildVocabulary,
  encodeModel,
  naiveBayesWeights,
  strongestScore,
  toExample,
  trainLogisticRegression,
  unitsOf,
  type Example,
} from '../src/eval/injection/train-classifier.js';

const CORPUS_FOLDER = process.env.INJ_CORPUS ?? path.join(PROJECT_FOLDER, 'corpus/injection');
const MODEL_FILE = path.join(PROJECT_FOLDER, 'src/core/validation/injection/injection-model-data.ts');
const FIXTURE_POSTINGS = path.join(PROJECT_FOLDER, 'test/fixtures/job-postings');
const FIXTURE_ATTACKS = path.join(PROJECT_FOLDER, 'test/fixtures/injection-attempts/attacks.json');
const TRAINING = {
  epochs: Number(process.env.INJ_EPOCHS ?? 12),
  learningRate: Number(process.env.INJ_LR ?? 0.2),
  l2: Number(process.env.INJ_L2 ?? 1e-3),
  kindL2: Number(process.env.INJ_KIND_L2 ?? 1e-6),
  seed: 20261202,
};
/** Log-odds added above the highest-scoring calibration posting. */
const ATTACK_UNITS_AT_FULL_WEIGHT = 6;
const FIXTURE_WEIGHT = Number(process.env.INJ_FIXTURE_WEIGHT ?? 3);
const NO_VOCABULARY = process.env.INJ_NO_VOCAB === '1';
const THRESHOLD_MARGIN = Number(process.env.INJ_MARGIN ?? 0.1);

const clean = (text: string) => sanitizeJobDescription(revealTagCharacters(text));

function fixturePostings(): string[] {
  return readdirSync(FIXTURE_POSTINGS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(FIXTURE_POSTINGS, name), 'utf8'));
}

/** The attacks of the detector's regression fixtures, trained on (they are not part of any figure). */
function fixtureAttacks(): { id: string; text: string }[] {
  const attacks = JSON.parse(readFileSync(FIXTURE_ATTACKS, 'utf8')) as { id: string; attack: string }[];
  return attacks.map((attack) => ({ id: `fixture-${attack.id}`, text: attack.attack }));
}

/** Regression fixtures among the postings: sentences that look like orders and must pass. */
const isHardNegative = (posting: PostingRecord) => posting.id.startsWith('hns-');

function fitPostings(corpus: InjectionCorpus): { text: string; weight: number }[] {
  return [
    ...inSplit(corpus.postings, 'fit').map((posting) => ({
      text: clean(posting.text),
      weight: isHardNegative(posting) ? FIXTURE_WEIGHT : 1,
    })),
    ...fixturePostings().map((text) => ({ text: clean(text), weight: 1 })),
  ];
}

/**
 * The training units. Each half of the postings is featurised with the vocabulary of the other
 * half, so that its share of unfamiliar words is what an unseen posting would show.
 */
function trainingExamples(corpus: InjectionCorpus): Example[] {
  const postings = fitPostings(corpus);
  const halves = [postings.filter((_, index) => index % 2 === 0), postings.filter((_, index) => index % 2 === 1)];
  const texts = (half: typeof postings) => half.map((posting) => posting.text);
  const vocabularies = NO_VOCABULARY
    ? [undefined, undefined]
    : [buildVocabulary(texts(halves[1] ?? [])), buildVocabulary(texts(halves[0] ?? []))];
  const examples: Example[] = [];
  halves.forEach((half, which) => {
    for (const posting of half)
      for (const unit of unitsOf(posting.text, vocabularies[which]))
        examples.push(toExample(unit.counts, 0, posting.weight));
  });
  for (const attack of [...inSplit(corpus.attacks, 'fit'), ...fixtureAttacks()]) {
    const vocabulary = vocabularies[stableHash(attack.id) % 2];
    const units = unitsOf(clean(attack.text), vocabulary);
    // Each attack weighs the same whatever its length: a long jailbreak has dozens of units. The
    // regression fixtures weigh more: the detector must keep catching them.
    const weight =
      Math.min(1, ATTACK_UNITS_AT_FULL_WEIGHT / units.length) * (attack.id.startsWith('fixture-') ? FIXTURE_WEIGHT : 1);
    for (const unit of units) examples.push(toExample(unit.counts, 1, weight));
    // The attack appended to a line of a posting: the units that hold a part of it are attacks.
    const host = postings[stableHash(attack.id) % postings.length]?.text ?? '';
    const hidden = clean(hideInPosting(attack.text, host, 'end_of_line'));
    const attackStart = hidden.indexOf(clean(attack.text).slice(0, 40));
    for (const unit of unitsOf(hidden, vocabulary))
      if (attackStart !== -1 && unit.end > attackStart && unit.start < attackStart + attack.text.length)
        examples.push(toExample(unit.counts, 1));
  }
  return examples;
}

function calibrate(model: InjectionModel, corpus: InjectionCorpus): number {
  const scores = inSplit(corpus.postings, 'calibrate').map((posting) => strongestScore(model, clean(posting.text)));
  return Math.max(...scores) + THRESHOLD_MARGIN;
}

function report(figures: InjectionFigures): string {
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
  const lines = [
    `${figures.split}: attacks caught ${figures.attacks.caught}/${figures.attacks.total} (${percent(figures.attacks.caught, figures.attacks.total)}), postings flagged ${figures.postings.flagged}/${figures.postings.total} (${percent(figures.postings.flagged, figures.postings.total)}), ${figures.microsecondsPerPosting.toFixed(0)} µs per posting`,
    ...Object.entries(figures.attacks.byFamily).map(
      ([family, tally]) => `  ${family}: ${tally.caught}/${tally.total} (${percent(tally.caught, tally.total)})`,
    ),
  ];
  return lines.join('\n');
}

function writeModelFile(model: InjectionModel): void {
  if (process.env.INJ_DRY_RUN === '1') return;
  const data = encodeModel(model);
  writeFileSync(
    MODEL_FILE,
    `// Generated by scripts/train-injection-detector.ts (npm run train:injection): do not edit.\nimport type { InjectionModelData } from './injection-classifier.js';\n\nexport const INJECTION_MODEL_DATA: InjectionModelData = ${JSON.stringify(data, null, 2)};\n`,
  );
  process.stdout.write(
    `Wrote ${path.relative(PROJECT_FOLDER, MODEL_FILE)} (${data.weights.length} base64 characters).\n`,
  );
}

const corpus = loadInjectionCorpus(CORPUS_FOLDER);
process.stdout.write(`Corpus: ${corpus.attacks.length} attacks, ${corpus.postings.length} postings.\n`);
const examples = trainingExamples(corpus);
process.stdout.write(
  `Training on ${examples.length} units (${examples.filter((e) => e.label === 1).length} attack units).\n`,
);
const trainedWeights = process.env.INJ_NB
  ? naiveBayesWeights(examples, Number(process.env.INJ_NB))
  : trainLogisticRegression(examples, TRAINING);
const trained = {
  ...trainedWeights,
  vocabulary: NO_VOCABULARY ? new Uint8Array(0) : buildVocabulary(fitPostings(corpus).map((posting) => posting.text)),
};
// Calibrate on the weights as shipped (int8), not on the float ones.
const shipped = decodeModel(encodeModel({ ...trained, threshold: 0 }));
const model = { ...shipped, threshold: calibrate(shipped, corpus) };
writeModelFile(model);
const detector = createInjectionDetector(decodeModel(encodeModel(model)));
for (const split of ['calibrate', 'test'] as const) {
  const figures = evaluateInjectionDetector(detector, corpus, split);
  process.stdout.write(`${report(figures)}\n`);
  if (process.argv.includes('--verbose')) {
    for (const miss of figures.missed)
      process.stdout.write(`  missed ${miss.id}: ${miss.text.slice(0, 100).replace(/\s+/g, ' ')}\n`);
    for (const flagged of figures.falsePositives) process.stdout.write(`  flagged ${flagged.id}: ${flagged.excerpt}\n`);
  }
}
