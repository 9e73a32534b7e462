import type { Rubric } from './rubric-types.js';

/** Case study: the profession's own work-sample exercise, solved top-down with correct figures. */
export const CASE_STUDY_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'clarifies_objective',
      name: 'Clarifies the objective',
      description: 'States what success means in this case and checks the key facts before analysing.',
      anchors: {
        1: 'Starts analysing without saying what the goal is.',
        2: 'Restates the case but not what success would look like.',
        3: 'States the objective and the measure of success, and checks the facts that matter.',
        4: 'Sharpens the objective (whose goal, by when, at what limit) and checks the facts that would change the answer.',
      },
    },
    {
      id: 'tailored_structure',
      name: 'Structure for this case',
      description: 'A way of breaking the problem down that fits this case, not a generic template.',
      anchors: {
        1: 'No structure: points in no order.',
        2: 'A generic template applied without adapting it to the case.',
        3: 'A clear structure that fits this case and covers its main parts.',
        4: 'A structure built for this case, mutually exclusive and complete, that leads straight to the key question.',
      },
    },
    {
      id: 'correct_arithmetic',
      name: 'Correct arithmetic',
      description:
        'Uses the figures the case gives, with correct calculations (the sums the answer states are recomputed by the app and given as facts).',
      anchors: {
        1: 'Ignores the figures provided, or the calculations are wrong in a way that changes the conclusion.',
        2: 'Uses some figures, with errors or with steps skipped that matter.',
        3: 'Uses the relevant figures with correct calculations.',
        4: 'Correct calculations on all the relevant figures, with sanity checks and units, and says what the numbers mean.',
      },
    },
    {
      id: 'key_driver',
      name: 'Finds the key driver',
      description: 'Identifies what really drives the problem, from the data rather than by assertion.',
      anchors: {
        1: 'No driver identified, or the wrong one.',
        2: 'A plausible driver asserted without support from the data.',
        3: 'The main driver identified and supported by the figures or facts of the case.',
        4: 'The main driver identified, quantified, and separated from the secondary ones.',
      },
    },
    {
      id: 'recommendation',
      name: 'Recommendation and next steps',
      description: 'A clear recommendation with its risks and concrete next steps.',
      anchors: {
        1: 'No recommendation.',
        2: 'A recommendation that is vague, hedged or not linked to the analysis.',
        3: 'A clear recommendation linked to the analysis, with its main risk and next steps.',
        4: 'A decisive, actionable recommendation with risks, how to mitigate them, and what would change the decision.',
      },
    },
    {
      id: 'top_down_communication',
      name: 'Top-down communication',
      description: 'Leads with the answer, then supports it; easy to follow for the person who asked.',
      anchors: {
        1: 'The conclusion is missing or buried.',
        2: 'The conclusion comes only at the end, after a long walk through the working.',
        3: 'Leads with the answer or the plan, then gives the support in order.',
        4: 'Leads with the answer, supports it in a few clear points, and fits the listener (board, client, ward manager).',
      },
    },
  ],
};

/**
 * Questions the candidate asks the employer. On a later turn the candidate answers the employer's
 * reply, which the model played (sometimes evasive): that is where follow-through shows most.
 */
export const REVERSE_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'informed',
      name: 'Informed',
      description:
        'Builds on what the posting and the organisation already say, rather than asking what they already answer.',
      anchors: {
        1: 'Asks something the posting already answers, or shows no knowledge of the organisation.',
        2: 'Generic: could be asked of any employer.',
        3: 'Refers to something specific in the posting or about the organisation and asks beyond it.',
        4: 'Builds on a specific detail to ask what only an insider could answer.',
      },
    },
    {
      id: 'decision_useful',
      name: 'Useful for the decision',
      description:
        'The answer would help the candidate decide whether to take the job (workload, support, team, progression, how success is judged).',
      anchors: {
        1: 'The answer would not affect their decision (small talk, or only flattery).',
        2: 'Loosely useful, but the answer would not change much.',
        3: 'The answer would clearly inform their decision.',
        4: 'Targets what matters most for their decision in this role, and would reveal the real conditions.',
      },
    },
    {
      id: 'open_and_specific',
      name: 'Open and specific',
      description: 'Open (not yes/no) and specific enough to get a concrete answer.',
      anchors: {
        1: 'A yes/no question, or several questions at once with no focus.',
        2: 'Open but so broad that a stock answer would do.',
        3: 'Open and specific: invites a concrete example or description.',
        4: 'Open, specific and framed to get an example or a measure ("in the last six months...").',
      },
    },
    {
      id: 'tact_and_timing',
      name: 'Tact and timing',
      description:
        'Fits the round and the person asked (pay and leave for the recruiter or at offer stage; team practice for a peer), phrased with tact.',
      anchors: {
        1: 'Tactless, or clearly wrong for this round or interviewer.',
        2: 'Fine in content but awkwardly phrased or poorly timed.',
        3: 'Tactful and right for this round and interviewer.',
        4: 'Tactful, well timed, and phrased so the interviewer is glad to answer.',
      },
    },
    {
      id: 'follow_through',
      name: 'Follow-through',
      description:
        "On a later turn: how the candidate responds to the employer's reply (probes a vague or evasive answer politely, takes the answer further). On the first question: whether it is framed so that a vague reply could be probed.",
      anchors: {
        1: 'Accepts an evasive reply, or changes subject; on a first question, nothing to build on.',
        2: 'Follows up, but generically or in a way that repeats the question.',
        3: 'Follows up politely on the substance of the reply to get something concrete.',
        4: 'Probes an evasive reply tactfully and precisely, and gets to what they needed to know.',
      },
    },
  ],
};
