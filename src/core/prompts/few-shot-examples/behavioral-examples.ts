import { exampleQuestion, starSteps, type FewShotExamples } from './example-helpers.js';

const kind = 'star';

/** Worked behavioral-interview examples, one per level. */
export const BEHAVIORAL_EXAMPLES: FewShotExamples = {
  junior: {
    jobDescription:
      'Customer Success Associate (entry level, 1-2 years). Onboard new customers of our scheduling software, answer support tickets, learn the product quickly and work closely with the sales and support teams.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Tell me about a time you had to learn a new tool or subject quickly so you could help someone else.',
          category: 'learning', difficulty: 'easy', minutes: 4, kind,
          evaluates: ['learning speed', 'customer focus', 'initiative'],
          steps: starSteps(
            'Pick a job, internship or study situation where someone depended on you.',
            'Say what you had to learn and by when.',
            'Describe how you learned: sources, practice, asking the right people.',
            'Say how the person was helped and what you would now do faster.',
          ),
          hints: ['A part-time job or a university project works if it shows how you learn.'],
          followUps: ['How would you learn our scheduling product in your first two weeks?'],
        }),
        exampleQuestion({
          question: 'Describe a time you received critical feedback on your work. What did you do with it?',
          category: 'feedback', difficulty: 'medium', minutes: 5, kind,
          evaluates: ['coachability', 'self-awareness', 'follow-through'],
          steps: starSteps(
            'Describe the work and who gave the feedback.',
            'State what the feedback asked you to change.',
            'Explain how you reacted, what you changed and how you checked you had understood.',
            'Show the improvement, ideally with a result someone noticed.',
          ),
          hints: ['Choose feedback you acted on, not feedback you disagreed with.'],
          followUps: ['How do you ask for feedback when nobody offers it?'],
        }),
      ],
      recommendations: [
        'Prepare three short stories on learning fast, handling an unhappy person and working in a team.',
        'Try a free scheduling tool so you can talk about onboarding from a customer\'s view.',
        'Practise explaining a product feature in plain words in under a minute.',
        'Think of how you would keep sales and support informed about a customer.',
      ],
      strategy:
        'Show that you learn quickly, stay calm with customers and take feedback well. Keep stories short and concrete, and link each one to onboarding customers or answering tickets.',
    },
  },
  mid: {
    jobDescription:
      'Product Designer (3-5 years), fintech app. Own features end to end from research to release, run user interviews and usability tests, and work daily with product managers and engineers.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Tell me about a time user research contradicted what a stakeholder wanted. How did you handle it?',
          category: 'stakeholder management', difficulty: 'medium', minutes: 6, kind,
          evaluates: ['evidence-based persuasion', 'collaboration', 'user advocacy'],
          steps: starSteps(
            'Set the scene: the feature, the stakeholder and what they wanted.',
            'Explain what the research showed and what was at stake.',
            'Describe how you presented the evidence, listened and proposed options.',
            'Give the decision and its measured effect on users.',
          ),
          hints: ['Show respect for the stakeholder; the story is about alignment, not winning.'],
          followUps: ['What would you have done if the stakeholder had still insisted?'],
        }),
        exampleQuestion({
          question: 'Describe a design you shipped that did not perform as expected. What did you learn?',
          category: 'failure and learning', difficulty: 'medium', minutes: 6, kind,
          evaluates: ['ownership', 'use of metrics', 'iteration'],
          steps: starSteps(
            'Describe the feature and the goal metric.',
            'Say what you were responsible for.',
            'Explain how you found the problem and what you changed.',
            'Share the new numbers and the lesson you still apply.',
          ),
          hints: ['Name the metric you expected to move.'],
          followUps: ['How do you decide when a design is good enough to ship?'],
        }),
      ],
      recommendations: [
        'Prepare a portfolio case that shows research changing a decision in a financial product.',
        'Have numbers ready for two features: conversion, task success or support tickets.',
        'Practise telling a failure story without blaming engineering or product.',
        'Review how you design for trust and clarity around money.',
      ],
      strategy:
        'Come across as a designer who owns outcomes: research-led, measured, and easy for product and engineering to work with. Use fintech examples wherever you can.',
    },
  },
  senior: {
    jobDescription:
      'Senior Software Engineer (5+ years). Lead cross-team projects, act as incident commander for major incidents, mentor junior and mid-level engineers, and shape engineering practices.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Tell me about an incident you led where the root cause was in another team\'s system.',
          category: 'incident leadership', difficulty: 'hard', minutes: 8, kind,
          evaluates: ['leadership under pressure', 'cross-team collaboration', 'blameless follow-up'],
          steps: starSteps(
            'Describe the incident, its impact on users and who was involved.',
            'State your role as incident lead.',
            'Explain how you coordinated, communicated status and worked with the other team without blame.',
            'Give time to recovery, the follow-up actions and what changed afterwards.',
          ),
          hints: ['Make clear what you personally decided during the incident.'],
          followUps: ['How did you make sure the follow-up actions were actually done?'],
        }),
        exampleQuestion({
          question: 'Describe how you helped a struggling teammate grow.',
          category: 'mentoring', difficulty: 'medium', minutes: 6, kind,
          evaluates: ['mentoring', 'empathy', 'raising the team\'s level'],
          steps: starSteps(
            'Describe the teammate\'s situation without naming them.',
            'Explain why it was your responsibility.',
            'Describe the concrete support: pairing, goals, feedback rhythm.',
            'Show how their work changed and what you learned about mentoring.',
          ),
          hints: ['Show a change over weeks or months, not a single conversation.'],
          followUps: ['What do you do when mentoring is not working?'],
        }),
      ],
      recommendations: [
        'Prepare one major-incident story with a timeline, your decisions and follow-ups.',
        'Prepare a mentoring story with a visible outcome for the person you helped.',
        'Have an example of an engineering practice you introduced across teams.',
        'Practise keeping each story under four minutes with a clear Result.',
      ],
      strategy:
        'Show senior judgement through stories of leading without authority: incidents, cross-team projects and mentoring. Quantify impact and make your own role explicit in every story.',
    },
  },
  lead: {
    jobDescription:
      'Engineering Manager (8+ years, 3+ managing). Lead two product teams of 12 engineers, own hiring and performance, and agree the roadmap with product and senior leadership.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Tell me about a time you had to address sustained underperformance on your team.',
          category: 'people management', difficulty: 'hard', minutes: 8, kind,
          evaluates: ['handling hard people decisions', 'fairness', 'documentation and follow-through'],
          steps: starSteps(
            'Describe the context and the impact on the team, without identifying the person.',
            'Explain your responsibility as their manager.',
            'Describe expectations, support, check-ins and how you involved HR.',
            'Give the outcome for the person and the team, and what you would do earlier next time.',
          ),
          hints: ['Show both care for the person and responsibility to the team.'],
          followUps: ['How did you communicate the outcome to the rest of the team?'],
        }),
        exampleQuestion({
          question: 'Describe a time you pushed back on a roadmap commitment from senior leadership.',
          category: 'influence', difficulty: 'hard', minutes: 7, kind,
          evaluates: ['managing up', 'trade-off communication', 'protecting team health'],
          steps: starSteps(
            'Describe the commitment and why it was a problem.',
            'State what you needed to achieve.',
            'Explain the data, options and alternatives you brought to leadership.',
            'Give the decision, the delivery result and the effect on trust.',
          ),
          hints: ['Bring data: capacity, risk, cost of delay.'],
          followUps: ['What if leadership had kept the original date?'],
        }),
      ],
      recommendations: [
        'Prepare stories on hiring, underperformance and growing a senior engineer.',
        'Bring an example of negotiating roadmap scope with numbers.',
        'Be ready to describe how you run two teams: rituals, metrics, delegation.',
        'Think through how you keep 12 engineers engaged during a reorganisation.',
      ],
      strategy:
        'Show that you build healthy, delivering teams and can hold a line with leadership. Each story should show judgement, care for people and a result the business valued.',
    },
  },
};
