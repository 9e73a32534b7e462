import type { ContractEngine } from './contract-database.js';
import { describeOwnerIsolationContract } from './owner-isolation.contract.js';
import { describePracticeStoreContract } from './practice-store.contract.js';
import { describeRateLimitStoreContract } from './rate-limit-store.contract.js';
import { describeSessionPracticeContract } from './session-practice.contract.js';
import { describeSessionStoreContract } from './session-store.contract.js';
import { describeSpendStoreContract } from './spend-store.contract.js';
import { describeUserStoreContract } from './user-store.contract.js';

/** Every behaviour the engines share, run against one engine. */
export function describeStoreContracts(engine: ContractEngine): void {
  describeSessionStoreContract(engine);
  describeSessionPracticeContract(engine);
  describePracticeStoreContract(engine);
  describeOwnerIsolationContract(engine);
  describeRateLimitStoreContract(engine);
  describeSpendStoreContract(engine);
  describeUserStoreContract(engine);
}
