import { exampleQuestion, type FewShotExamples } from './example-helpers.js';

const kind = 'why_ask';

/** Worked examples of questions a candidate asks the employer, one per level. */
export const REVERSE_EXAMPLES: FewShotExamples = {
  junior: {
    jobDescription:
      'Junior Data Analyst (1-2 years), marketing team. Build dashboards in Looker, write SQL, support campaign reporting for several marketing managers. Mentoring available.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'What would my first three months look like, and who would I go to with questions about the data?',
          category: 'onboarding', difficulty: 'easy', minutes: 3, kind,
          evaluates: ['how real the promised mentoring is', 'whether onboarding is planned or improvised'],
          steps: [
            ['Why ask', 'The posting promises mentoring; this checks what it means day to day.'],
            ['Good answer', 'A named mentor, a first project, regular check-ins and access to data documentation.'],
            ['Warning signs', '"You will pick it up as you go" with no person or plan named.'],
          ],
          hints: ['Ask it early; it is safe in a first interview.'],
          followUps: ['What did the last analyst who joined work on first?'],
        }),
        exampleQuestion({
          question: 'When several marketing managers ask for dashboards at the same time, how are the requests prioritised?',
          category: 'ways of working', difficulty: 'medium', minutes: 4, kind,
          evaluates: ['whether work is prioritised or whoever shouts loudest wins', 'the support a junior gets with stakeholders'],
          steps: [
            ['Why ask', 'A junior analyst serving many managers can drown in requests.'],
            ['Good answer', 'A shared backlog, a lead or manager who sets priorities, agreed turnaround times.'],
            ['How to follow up', 'Ask how often priorities change in a typical week.'],
          ],
          hints: ['Frame it as wanting to deliver well, not as a complaint.'],
          followUps: ['Who decides when two requests conflict?'],
        }),
      ],
      recommendations: [
        'Write down what the posting leaves vague (mentoring, number of stakeholders) and turn each into a question.',
        'Prepare two questions on learning and two on ways of working, and choose during the interview.',
        'Note the answers after each round to compare offers.',
      ],
      strategy:
        'Use your questions to check that the promised mentoring is real and that the workload from several managers is managed. Ask about learning first, ways of working second.',
    },
  },
  mid: {
    jobDescription:
      'iOS Engineer (3-5 years), Series A startup with 25 people. Own the iOS app in Swift and SwiftUI, ship weekly, and work directly with the founders on the roadmap.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'How do you decide between shipping a feature quickly and paying down technical debt in the app?',
          category: 'technology and process', difficulty: 'medium', minutes: 4, kind,
          evaluates: ['engineering maturity', 'how much say engineers have', 'sustainability of the weekly release pace'],
          steps: [
            ['Why ask', 'Weekly shipping at a startup can leave no time for quality.'],
            ['Good answer', 'A concrete rule or recent example of time set aside for debt.'],
            ['Warning signs', 'Debt is never scheduled, or only handled "after the next round".'],
          ],
          hints: ['Ask for a recent example rather than the policy.'],
          followUps: ['What was the last piece of debt the team paid down?'],
        }),
        exampleQuestion({
          question: 'How much runway does the company have, and how would the next funding milestone change the iOS roadmap?',
          category: 'business and stability', difficulty: 'hard', minutes: 5, kind,
          evaluates: ['financial stability', 'founders\' openness', 'whether the roadmap is tied to real goals'],
          steps: [
            ['Why ask', 'At a Series A company the runway decides job security and priorities.'],
            ['Good answer', 'An honest range in months and a clear link between the milestone and product priorities.'],
            ['Warning signs', 'Evasion or no idea how the roadmap relates to the funding goal.'],
          ],
          hints: ['Ask a founder, in a later round, and phrase it as wanting to plan your impact.'],
          followUps: ['What metric does the next round depend on?'],
        }),
      ],
      recommendations: [
        'Look up the company\'s funding round and date before the interview.',
        'Prepare questions on release process and ownership of the iOS app.',
        'Save the runway question for a founder conversation.',
      ],
      strategy:
        'Show you think like an owner of the app: ask how quality survives weekly shipping and how the business outlook shapes your roadmap.',
    },
  },
  senior: {
    jobDescription:
      'Senior Backend Engineer (5+ years), payments infrastructure at a large tech company. Design high-availability services, lead technical projects and mentor engineers.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'What would success in this role look like after twelve months?',
          category: 'role expectations', difficulty: 'easy', minutes: 3, kind,
          evaluates: ['clarity of expectations', 'whether the role is well defined', 'how performance is judged'],
          steps: [
            ['Why ask', 'Senior roles are judged on impact; you need to know which.'],
            ['Good answer', 'Specific outcomes: a project delivered, reliability targets, people mentored.'],
            ['Warning signs', 'Only "close tickets" or no answer at all.'],
          ],
          hints: ['Ask the hiring manager, not a peer interviewer.'],
          followUps: ['What did the strongest senior engineer on the team achieve last year?'],
        }),
        exampleQuestion({
          question: 'What is the biggest technical risk in the payments platform today, and why has it not been addressed yet?',
          category: 'technology and process', difficulty: 'hard', minutes: 5, kind,
          evaluates: ['honesty about problems', 'where the hard work is', 'how decisions get blocked'],
          steps: [
            ['Why ask', 'It shows what you would really work on and how the organisation handles risk.'],
            ['Good answer', 'A candid risk with a reason (priorities, dependencies) and a plan.'],
            ['Warning signs', '"No real risks" in a payments system, or blame on other teams.'],
          ],
          hints: ['Ask with curiosity, not as a test.'],
          followUps: ['Would this role own part of fixing it?'],
        }),
      ],
      recommendations: [
        'Prepare questions on availability targets and incident history of payments systems.',
        'Ask about decision rights for senior engineers in design reviews.',
        'Keep one question on mentoring expectations.',
      ],
      strategy:
        'Use your questions to show senior-level interest in reliability and impact, and to learn what you would own and how success is measured.',
    },
  },
  lead: {
    jobDescription:
      'Director of Engineering (8+ years), scale-up. Grow the engineering organisation from 20 to 60 people in two years, report to the CTO, own delivery and engineering culture.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Which decisions will I own outright, and which will need the CTO\'s sign-off?',
          category: 'role expectations', difficulty: 'hard', minutes: 5, kind,
          evaluates: ['real mandate of the role', 'the CTO\'s willingness to delegate', 'risk of overlap'],
          steps: [
            ['Why ask', 'A director without clear decision rights cannot deliver the growth plan.'],
            ['Good answer', 'Concrete areas (hiring, team structure, process) delegated fully.'],
            ['Warning signs', 'Everything "aligned together" with no example of delegated decisions.'],
          ],
          hints: ['Ask the CTO directly, with respect for their role.'],
          followUps: ['Can you give an example of a decision the last leader in this area made alone?'],
        }),
        exampleQuestion({
          question: 'How is the plan to grow from 20 to 60 engineers funded, and what happens to it if growth targets slip?',
          category: 'business and stability', difficulty: 'hard', minutes: 5, kind,
          evaluates: ['financial backing of the hiring plan', 'contingency planning', 'leadership transparency'],
          steps: [
            ['Why ask', 'Your main goal depends on this plan being funded.'],
            ['Good answer', 'A funded budget, milestones and a plan B.'],
            ['Warning signs', 'Hiring depends on a raise that is not secured.'],
          ],
          hints: ['Frame it as planning the hiring sequence responsibly.'],
          followUps: ['Which roles would you hire first if only half the budget came through?'],
        }),
      ],
      recommendations: [
        'Map the decision rights you need to grow the team, and ask about each.',
        'Prepare questions about the funding behind the hiring plan.',
        'Ask to meet peers in product to test the working relationship.',
      ],
      strategy:
        'Treat your questions as due diligence on the mandate and the money behind the growth plan; your questions show how you think as a leader.',
    },
  },
};
