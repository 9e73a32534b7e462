import type { ModelFamily, ModelInfo, ModelPrice } from '../schemas/model-info.js';

export type { ModelFamily, ModelInfo, ModelPrice };

const CHECKED_ON = '2026-11-01';
const GPT5_EFFORTS = ['minimal', 'low', 'medium', 'high'] as const;
const GPT5_1_AND_LATER_EFFORTS = ['none', 'low', 'medium', 'high'] as const;

function price(
  inputPerMillion: number,
  cachedInputPerMillion: number,
  outputPerMillion: number,
  source: ModelPrice['source'],
): ModelPrice {
  return { inputPerMillion, cachedInputPerMillion, outputPerMillion, checkedOn: CHECKED_ON, source };
}

/**
 * Known models: capabilities and prices. This table is data: update prices and dates here
 * (see ../shared/reference/openai-api-facts.md). Any other model id still works; its price is unknown.
 */
export const MODEL_REGISTRY: readonly ModelInfo[] = [
  {
    id: 'gpt-5.4-mini',
    label: 'GPT-5.4 mini',
    family: 'reasoning',
    reasoningEfforts: GPT5_1_AND_LATER_EFFORTS,
    price: price(0.75, 0.075, 4.5, 'third_party'),
    shutdownOn: null,
  },
  {
    id: 'gpt-5.4-nano',
    label: 'GPT-5.4 nano',
    family: 'reasoning',
    reasoningEfforts: GPT5_1_AND_LATER_EFFORTS,
    price: price(0.2, 0.02, 1.25, 'openai'),
    shutdownOn: null,
  },
  {
    id: 'gpt-5.4',
    label: 'GPT-5.4',
    family: 'reasoning',
    reasoningEfforts: GPT5_1_AND_LATER_EFFORTS,
    price: price(2.5, 0.25, 15, 'third_party'),
    shutdownOn: null,
  },
  {
    id: 'gpt-5',
    label: 'GPT-5',
    family: 'reasoning',
    reasoningEfforts: GPT5_EFFORTS,
    price: price(1.25, 0.125, 10, 'third_party'),
    shutdownOn: '2026-12-11',
  },
  {
    id: 'gpt-5-mini',
    label: 'GPT-5 mini',
    family: 'reasoning',
    reasoningEfforts: GPT5_EFFORTS,
    price: price(0.25, 0.025, 2, 'openai'),
    shutdownOn: '2026-12-11',
  },
  {
    id: 'gpt-5-nano',
    label: 'GPT-5 nano',
    family: 'reasoning',
    reasoningEfforts: GPT5_EFFORTS,
    price: price(0.05, 0.005, 0.4, 'openai'),
    shutdownOn: '2026-12-11',
  },
  {
    id: 'gpt-4.1',
    label: 'GPT-4.1',
    family: 'classic',
    reasoningEfforts: [],
    price: price(2, 0.5, 8, 'third_party'),
    shutdownOn: '2027-01-14',
  },
  {
    id: 'gpt-4.1-mini',
    label: 'GPT-4.1 mini',
    family: 'classic',
    reasoningEfforts: [],
    price: price(0.4, 0.1, 1.6, 'third_party'),
    shutdownOn: '2027-01-14',
  },
  {
    id: 'gpt-4.1-nano',
    label: 'GPT-4.1 nano',
    family: 'classic',
    reasoningEfforts: [],
    price: price(0.1, 0.025, 0.4, 'openai'),
    shutdownOn: null,
  },
  {
    id: 'gpt-4o',
    label: 'GPT-4o',
    family: 'classic',
    reasoningEfforts: [],
    price: price(2.5, 1.25, 10, 'third_party'),
    shutdownOn: '2027-01-14',
  },
  {
    id: 'gpt-4o-mini',
    label: 'GPT-4o mini',
    family: 'classic',
    reasoningEfforts: [],
    price: price(0.15, 0.075, 0.6, 'third_party'),
    shutdownOn: '2027-01-14',
  },
];

/** A current, inexpensive model that is not on OpenAI's shutdown list. */
export const DEFAULT_MODEL_ID = 'gpt-5.4-mini';

/** The registry entry for a model id, or null for a model the table does not know. */
export function findModel(modelId: string): ModelInfo | null {
  return MODEL_REGISTRY.find((model) => model.id === modelId) ?? null;
}

const REASONING_ID_PATTERN = /^(gpt-5|o\d)(\b|[-.])/;

/**
 * The family of any model id: the registry's when known, otherwise guessed from OpenAI's naming
 * (gpt-5*, o1/o3/o4* are reasoning models); anything else (local models, gateways) is classic.
 * A wrong guess is corrected at run time by dropping parameters the API rejects.
 */
export function modelFamilyOf(modelId: string): ModelFamily {
  const known = findModel(modelId);
  if (known) return known.family;
  const bareId = modelId.includes('/') ? modelId.slice(modelId.lastIndexOf('/') + 1) : modelId;
  return REASONING_ID_PATTERN.test(bareId) ? 'reasoning' : 'classic';
}
