/**
 * What the shipped detector must keep on the held-out test split of corpus/injection: regression
 * bounds, set just under what the weights in the repo measure, so a worse retraining fails. The
 * issue's target (90 % of attacks, at most 0.5 % of postings, 0.5 ms) is reported beside them
 * and is not met yet (see docs/decisions/011).
 */
export const HELD_OUT_BOUNDS = { minAttackShare: 0.42, maxPostingShare: 0.005, maxMicrosecondsPerPosting: 3000 };
export const HELD_OUT_TARGET = { minAttackShare: 0.9, maxPostingShare: 0.005, maxMicrosecondsPerPosting: 500 };

export const CORPUS_FOLDER_FROM_ROOT = 'corpus/injection';
