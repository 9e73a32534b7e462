import type { ExperienceLevel, InterviewType, Persona } from '../schemas/generation-request.js';
import type { PostingAnalysis } from '../schemas/generation-result.js';
import type { ArithmeticCheck, CriterionFeedback, Delivery } from '../schemas/practice.js';
import type { Question } from '../schemas/question.js';

/** Everything the feedback on one answer depends on, as the practice use case gathers it. */
export type FeedbackPromptContext = {
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  language: string;
  /** The session's persona (role-based sessions only); null: a neutral interviewer for the posting's occupation. */
  persona: Persona | null;
  postingAnalysis: PostingAnalysis | null;
  jobDescription: string;
  question: Question;
  /** What this attempt answers: the question's text, or the follow-up of the thread's previous attempt. */
  answered: string;
  /** The thread so far, oldest first. */
  earlierTurns: { prompt: string; answer: string }[];
  answer: string;
  candidateProfile: string | null;
  arithmetic: ArithmeticCheck[];
  delivery: Delivery;
};

export type ExplainPromptContext = FeedbackPromptContext & { criterion: CriterionFeedback };
