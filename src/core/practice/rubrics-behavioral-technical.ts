import type { Rubric } from './rubric-types.js';

/** Behavioral: a real story, told by the person who acted in it, at the scope of the level. */
export const BEHAVIORAL_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'relevance',
      name: 'Relevance to the competency',
      description: 'Whether the story shows the competency the question asks about, rather than a different one.',
      anchors: {
        1: 'The story does not touch the competency asked about, or there is no story.',
        2: 'The competency appears only in passing; most of the story shows something else.',
        3: 'The story clearly shows the competency asked about, in a situation that fits the job.',
        4: 'The story shows the competency directly and deliberately, and links it to what this job needs.',
      },
    },
    {
      id: 'specific_situation',
      name: 'One specific situation',
      description:
        'One real occasion with its context (when, where, who, what was at stake), not a habit or a hypothetical.',
      anchors: {
        1: 'Only generalities ("I always...", "I would...") or a hypothetical.',
        2: 'A situation is named but stays vague: no setting, stakes or detail that make it one real occasion.',
        3: 'One real situation with enough context to picture it and understand what was at stake.',
        4: 'One real situation, vivid and concise, with the stakes and constraints that made it hard.',
      },
    },
    {
      id: 'personal_actions',
      name: 'Own actions and reasoning',
      description: 'What the candidate personally did and why ("I" rather than "we"), step by step.',
      anchors: {
        1: 'No actions of their own: only what the team or others did.',
        2: 'Mostly "we"; their own part is unclear or listed without reasons.',
        3: 'Their own actions are clear, in order, with the reasoning behind the main ones.',
        4: 'Their own actions and judgement calls are clear, including options rejected and why.',
      },
    },
    {
      id: 'result_and_learning',
      name: 'Result and learning',
      description:
        'What happened in the end, with evidence (a number, feedback, a change that lasted), and what they learned.',
      anchors: {
        1: 'No result, or the story stops before the outcome.',
        2: 'A result is asserted without evidence, or nothing learned is said.',
        3: 'A concrete result with some evidence, and one thing learned or done differently since.',
        4: 'A measured or observed result tied to their actions, and a learning they have applied since.',
      },
    },
    {
      id: 'scope_for_level',
      name: 'Scope fits the level',
      description: 'Whether the situation and their responsibility in it match the level the role hires for.',
      anchors: {
        1: 'The scope is far below the level (a routine task for a senior role), or there is no way to tell.',
        2: 'The scope is somewhat below the level, or their responsibility in it is unclear.',
        3: 'The scope and responsibility match what the level description expects.',
        4: 'The scope matches or exceeds the level, with the influence and accountability the level expects clearly shown.',
      },
    },
    {
      id: 'structure_and_length',
      name: 'Structure and length',
      description:
        'A clear order (situation, task, action, result) and a length of about 2-3 minutes spoken (roughly 250-450 words).',
      anchors: {
        1: 'No discernible order, or a few sentences only.',
        2: 'Some order but rambling, out of sequence, or far too short or too long.',
        3: 'A clear order that is easy to follow, roughly the right length.',
        4: 'A tight, well-signposted story at the right length, with the time spent on the actions.',
      },
    },
  ],
};

/** Technical: the profession's own methods, applied correctly, safely and at the level's depth. */
export const TECHNICAL_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'clarifies_problem',
      name: 'Clarifies the problem',
      description: 'States or asks about the goal, the constraints and the assumptions before solving.',
      anchors: {
        1: 'Jumps to an answer with no view of the goal or constraints.',
        2: 'Mentions the goal but misses constraints that change the answer.',
        3: 'States the goal, the key constraints and any assumptions made.',
        4: 'Pins down the goal and constraints precisely and says how a different constraint would change the approach.',
      },
    },
    {
      id: 'correctness_and_depth',
      name: 'Correctness and depth',
      description:
        'Correct use of the methods, procedures, standards, protocols or tools the question names, at the depth the job needs.',
      anchors: {
        1: 'Wrong, or only names terms without saying how they apply.',
        2: 'Partly correct, or correct but too shallow to act on.',
        3: 'Correct and concrete enough that a colleague could follow it, at the depth the level needs.',
        4: 'Correct, precise and deep, including the details and exceptions a practitioner would know.',
      },
    },
    {
      id: 'trade_offs',
      name: 'Trade-offs and justification',
      description: 'Weighs alternatives and justifies the choice against the constraints (time, cost, risk, people).',
      anchors: {
        1: 'One option, no justification.',
        2: 'Alternatives listed but not weighed, or a justification that does not fit the constraints.',
        3: 'At least one real alternative weighed, and the choice justified against the constraints.',
        4: 'The decisive trade-offs weighed explicitly, with when they would choose differently.',
      },
    },
    {
      id: 'safety_and_verification',
      name: 'Safety, failure and checks',
      description:
        'What could go wrong, how they would check the result, and when to escalate (in clinical and care work: patient safety and escalation).',
      anchors: {
        1: 'No mention of risks, checks or escalation.',
        2: 'A generic mention ("I would double-check") without saying what or how.',
        3: 'The main risk or failure mode named, with a concrete check and when to escalate.',
        4: 'The risks that matter most named and prevented, with concrete checks, escalation routes and what they would do if it failed.',
      },
    },
    {
      id: 'clear_reasoning',
      name: 'Clear reasoning aloud',
      description: 'Explains the thinking step by step so a listener can follow and check it.',
      anchors: {
        1: 'Conclusions without reasoning, or impossible to follow.',
        2: 'Some reasoning, but with jumps or in an order that is hard to follow.',
        3: 'Step-by-step reasoning a listener can follow and check.',
        4: 'Clear, well-ordered reasoning that signposts each step and checks itself along the way.',
      },
    },
    {
      id: 'fits_level',
      name: 'Fits the level',
      description: 'Depth, autonomy and judgement that match the level the role hires for.',
      anchors: {
        1: 'Well below the level: needs guidance on what the level handles alone.',
        2: 'Somewhat below the level in depth or judgement.',
        3: 'Depth, autonomy and judgement as the level description expects.',
        4: 'Above the bar for the level: the judgement and breadth of the next level up.',
      },
    },
  ],
};
