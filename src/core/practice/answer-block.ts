import { neutraliseDelimiters } from '../prompts/job-description-block.js';

/** Delimiters of the candidate's answer: untrusted input, like the job description. */
export const CANDIDATE_ANSWER_OPEN_TAG = '<candidate_answer>';
export const CANDIDATE_ANSWER_CLOSE_TAG = '</candidate_answer>';
/** Delimiters of the thread so far: the interviewer's questions and the candidate's earlier answers. */
export const EARLIER_TURNS_OPEN_TAG = '<earlier_turns>';
export const EARLIER_TURNS_CLOSE_TAG = '</earlier_turns>';

/** The answer wrapped in its delimiters, anything tag-like inside it defused. */
export function delimitAnswer(answer: string): string {
  return `${CANDIDATE_ANSWER_OPEN_TAG}\n${neutraliseDelimiters(answer)}\n${CANDIDATE_ANSWER_CLOSE_TAG}`;
}

/** The earlier turns of the thread, numbered, wrapped in their delimiters. */
export function delimitEarlierTurns(turns: readonly { prompt: string; answer: string }[]): string {
  const lines = turns.map(
    (turn, index) =>
      `Turn ${index + 1}. Interviewer: ${neutraliseDelimiters(turn.prompt)}\nCandidate: ${neutraliseDelimiters(turn.answer)}`,
  );
  return `${EARLIER_TURNS_OPEN_TAG}\n${lines.join('\n\n')}\n${EARLIER_TURNS_CLOSE_TAG}`;
}
