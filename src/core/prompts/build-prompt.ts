import type { GenerationRequest, Technique } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { buildChainOfThoughtPrompt } from './chain-of-thought.js';
import { buildFewShotPrompt } from './few-shot.js';
import { resolvePromptContext, type PromptContext, type PromptExtras } from './prompt-context.js';
import { buildRoleBasedPrompt } from './role-based.js';
import { buildStructuredOutputPrompt } from './structured-output.js';
import { buildZeroShotPrompt } from './zero-shot.js';

const BUILDERS: Record<Technique, (context: PromptContext) => PromptMessage[]> = {
  few_shot: buildFewShotPrompt,
  chain_of_thought: buildChainOfThoughtPrompt,
  zero_shot: buildZeroShotPrompt,
  role_based: buildRoleBasedPrompt,
  structured_output: buildStructuredOutputPrompt,
};

/**
 * The exact chat messages to send for a generation request: one template per interview type and
 * technique. The job description, the candidate profile and any earlier questions appear only in
 * the final user message, each inside its delimiters.
 */
export function buildPrompt(request: GenerationRequest, extras: PromptExtras = {}): PromptMessage[] {
  return BUILDERS[request.technique](resolvePromptContext(request, extras));
}
