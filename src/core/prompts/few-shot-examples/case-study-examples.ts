import { exampleQuestion, type FewShotExamples } from './example-helpers.js';

const kind = 'case_structure';

/** Worked case-study examples, one per level; every question carries its case. */
export const CASE_STUDY_EXAMPLES: FewShotExamples = {
  junior: {
    jobDescription:
      'Junior Business Analyst (1-2 years), regional grocery chain with 40 stores. Build weekly sales reports in Excel and SQL, explain changes in store performance to area managers.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Store 12\'s revenue fell 15% last month while the other stores were flat. Find the likely cause and say what you would tell the area manager.',
          category: 'performance analysis', difficulty: 'medium', minutes: 20, kind,
          evaluates: ['breaking revenue into drivers', 'reading simple data', 'clear communication'],
          steps: [
            ['Clarify', 'Confirm the period, whether the drop is in all categories, and if anything changed locally.'],
            ['Structure', 'Split revenue into customers x average basket, then by category and day.'],
            ['Analyse', 'Use the figures: visits fell 18% while basket size rose 3%, so the problem is traffic.'],
            ['Recommend', 'Point to the road works and suggest checking competitor openings; propose a short-term action.'],
          ],
          hints: ['Is it fewer customers or smaller baskets?'],
          followUps: ['The road works last three more months. What would you recommend?'],
          caseStudy: {
            scenario: 'One of 40 grocery stores lost 15% of revenue in a month while the others stayed flat.',
            dataProvided: ['Revenue: 420,000 EUR to 357,000 EUR', 'Customer visits: -18%', 'Average basket: +3%', 'Road works started outside the store on the 3rd of the month'],
            expectedApproach: 'Split revenue into traffic and basket, see that traffic explains the drop, link it to the road works, and recommend a clear message plus tracking weekly visits.',
          },
        }),
        exampleQuestion({
          question: 'Estimate how many reusable shopping bags the chain sells in a year.',
          category: 'estimation', difficulty: 'easy', minutes: 15, kind,
          evaluates: ['estimation structure', 'stating assumptions', 'sanity checking'],
          steps: [
            ['Structure', 'Stores x transactions per day x share of transactions buying a bag x days.'],
            ['Assume', 'Use the data given and state any other assumption out loud.'],
            ['Calculate', '40 x 1,500 x 2% x 360 = about 430,000 bags.'],
            ['Check', 'Compare with bag revenue if a price is known and say which assumption matters most.'],
          ],
          hints: ['Start from transactions, not from customers.'],
          followUps: ['How would a price increase from 0.50 to 1 EUR change your estimate?'],
          caseStudy: {
            scenario: 'The chain wants a rough yearly volume before renegotiating its bag supplier contract.',
            dataProvided: ['40 stores', 'About 1,500 transactions per store per day', 'Open 360 days a year', 'Bag price 0.50 EUR'],
            expectedApproach: 'A transparent top-down estimate with one assumption for the bag purchase rate, a result near a few hundred thousand, and a note on which assumption to verify in the sales data.',
          },
        }),
      ],
      recommendations: [
        'Practise splitting revenue into traffic x basket and explaining it in two sentences.',
        'Refresh SQL GROUP BY and simple Excel pivot tables for store-level reports.',
        'Do two estimation cases aloud and state every assumption.',
        'Think about what an area manager needs from a weekly report.',
      ],
      strategy:
        'Show a calm, structured approach to simple retail numbers and explain results in plain words for store managers. Always name the driver behind a change before suggesting action.',
    },
  },
  mid: {
    jobDescription:
      'Product Manager, Growth (3-5 years), food delivery app. Own new-user activation and retention metrics, run A/B tests, and work with marketing and operations.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'After a redesign of the ordering flow, new users place fewer orders in their first month. Diagnose the problem and decide whether to roll back.',
          category: 'product strategy', difficulty: 'medium', minutes: 25, kind,
          evaluates: ['funnel analysis', 'experiment reading', 'decision making with trade-offs'],
          steps: [
            ['Clarify', 'Confirm the metric definition, the cohort and whether the redesign was A/B tested.'],
            ['Structure', 'Break first-month orders into activation (first order) and repeat orders.'],
            ['Analyse', 'First-order conversion is stable but repeat rate fell; checkout time rose, pointing to friction on reorder.'],
            ['Decide', 'Keep the redesign but restore one-tap reorder, and set a guardrail metric.'],
          ],
          hints: ['Which part of the funnel changed?'],
          followUps: ['Marketing launches a discount at the same time. How do you separate the effects?'],
          caseStudy: {
            scenario: 'A redesigned ordering flow launched to all new users six weeks ago.',
            dataProvided: ['Orders per new user in first month: 3.1 to 2.4', 'First-order conversion: 41% to 40%', 'Repeat-order rate: 62% to 48%', 'Median checkout time: 95 s to 140 s', 'One-tap reorder button was removed'],
            expectedApproach: 'Separate activation from repeat behaviour, link the repeat drop to checkout friction and the removed reorder button, and recommend a targeted fix over a full rollback.',
          },
        }),
        exampleQuestion({
          question: 'Should the app launch a 7.99 EUR monthly subscription with free delivery?',
          category: 'pricing', difficulty: 'hard', minutes: 30, kind,
          evaluates: ['unit economics', 'customer segmentation', 'experiment design'],
          steps: [
            ['Objective', 'Agree the goal: order frequency, retention or margin.'],
            ['Economics', 'Compare fee revenue lost with subscription revenue and extra orders per subscriber.'],
            ['Segments', 'Find who would subscribe: heavy users already paying fees versus light users.'],
            ['Recommend', 'Propose a test in one city with success criteria.'],
          ],
          hints: ['Who is most likely to subscribe, and how much do they pay in fees today?'],
          followUps: ['The test shows subscribers order more but margin falls. What now?'],
          caseStudy: {
            scenario: 'Leadership wants to increase order frequency and is considering a subscription.',
            dataProvided: ['Average delivery fee: 2.49 EUR', 'Top 20% of users place 6 orders a month', 'Average user places 2.2 orders a month', 'Contribution margin per order before fees: 1.10 EUR'],
            expectedApproach: 'Show that heavy users would save money immediately, estimate how many extra orders are needed to break even, and recommend a limited test with clear success metrics.',
          },
        }),
      ],
      recommendations: [
        'Practise funnel breakdowns for activation and retention in a marketplace app.',
        'Prepare a back-of-the-envelope subscription break-even calculation.',
        'Review how you would read an A/B test with a guardrail metric.',
        'Bring an example where you worked with operations on a growth change.',
      ],
      strategy:
        'Drive each case with a clear metric tree, use the numbers given, and end with a decision and a test plan. Show you think about both users and unit economics in food delivery.',
    },
  },
  senior: {
    jobDescription:
      'Senior Consultant, Strategy (5+ years). Lead market entry and pricing projects for B2B software clients, manage small teams and present to executives.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'A German payroll software company with 3,000 mid-sized customers wants to enter the United States. Should it, and how?',
          category: 'market entry', difficulty: 'hard', minutes: 40, kind,
          evaluates: ['market entry structure', 'sizing with incomplete data', 'executive-level recommendation'],
          steps: [
            ['Objective', 'Clarify the client\'s goal, time horizon and appetite for investment.'],
            ['Market', 'Size the addressable market and judge competition and regulation (state payroll taxes).'],
            ['Capabilities', 'Assess product fit, compliance work needed and go-to-market cost.'],
            ['Options', 'Compare organic entry, partnership and acquisition on cost, speed and risk.'],
            ['Recommend', 'Give a clear answer with the main risk and the next three steps.'],
          ],
          hints: ['How much of the product depends on German law?'],
          followUps: ['A US competitor is for sale at 6x revenue. Does that change your answer?'],
          caseStudy: {
            scenario: 'A profitable payroll software company sees growth slowing at home and looks at the US.',
            dataProvided: ['Revenue 48 M EUR, growing 6% a year', 'About 400,000 US companies with 50-500 employees', 'US payroll rules differ by state (50 sets of tax rules)', 'Estimated compliance build: 18 months, 12 M EUR'],
            expectedApproach: 'A structured go or no-go: market size and competition, the real cost of compliance, a comparison of entry modes, and a recommendation such as entering through acquisition or partnership, with risks.',
          },
        }),
        exampleQuestion({
          question: 'The client wants to move from per-seat to usage-based pricing. How do you assess the change?',
          category: 'pricing', difficulty: 'medium', minutes: 25, kind,
          evaluates: ['pricing models', 'revenue impact analysis', 'customer migration risk'],
          steps: [
            ['Goal', 'Clarify why: growth, fairness or competitive pressure.'],
            ['Model', 'Simulate revenue per customer segment under both models.'],
            ['Risks', 'Identify customers who lose or gain and churn risk.'],
            ['Plan', 'Recommend a migration path with grandfathering and a pilot.'],
          ],
          hints: ['Which customers pay more under usage pricing?'],
          followUps: ['Sales fears losing commission. How do you handle that?'],
          caseStudy: {
            scenario: 'A B2B software client considers changing its pricing model.',
            dataProvided: ['Current price 12 EUR per seat per month', '30% of seats are inactive', 'Top 10% of customers generate 55% of usage'],
            expectedApproach: 'Model winners and losers by segment, estimate the revenue effect and churn risk, and propose a phased migration.',
          },
        }),
      ],
      recommendations: [
        'Practise market entry cases with regulation as a main driver.',
        'Prepare a pricing model comparison you can run on paper.',
        'Rehearse a two-minute executive summary for each case.',
        'Have an example of leading a small team through a client project.',
      ],
      strategy:
        'Lead the case like a client meeting: a hypothesis early, a clear structure, numbers used precisely and an executive-level recommendation with risks. Show you can run the team that does the work.',
    },
  },
  lead: {
    jobDescription:
      'Head of Operations (8+ years), logistics company with six warehouses. Own network strategy and cost, lead 400 staff through managers, and report to the COO.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'The COO asks whether to consolidate the network from six warehouses to four. Make the recommendation.',
          category: 'operations', difficulty: 'hard', minutes: 45, kind,
          evaluates: ['network strategy', 'financial trade-offs', 'change leadership'],
          steps: [
            ['Objective', 'Clarify the goal: cost, service level or both, and the constraints.'],
            ['Economics', 'Compare fixed cost savings with higher transport cost and one-off closure costs.'],
            ['Service', 'Check delivery times for customers of the closed sites.'],
            ['People', 'Plan for the staff affected and the risk to operations during the move.'],
            ['Recommend', 'Decide, with payback period, risks and a phased plan.'],
          ],
          hints: ['What is the payback period of the one-off cost?'],
          followUps: ['The largest customer threatens to leave if delivery times rise. What now?'],
          caseStudy: {
            scenario: 'Volume has fallen 12% and two warehouses run at about 55% capacity.',
            dataProvided: ['Fixed cost per warehouse: 3.2 M EUR a year', 'Extra transport cost after consolidation: 2.1 M EUR a year', 'One-off closure and move cost: 5.5 M EUR', '140 staff at the two sites'],
            expectedApproach: 'Net saving about 4.3 M EUR a year, payback about 15 months; check service levels and people impact, and recommend a phased consolidation with a customer communication plan.',
          },
        }),
      ],
      recommendations: [
        'Practise network cases with fixed versus variable cost trade-offs and payback.',
        'Prepare a story about leading a large operational change with many staff affected.',
        'Rehearse presenting a recommendation to a COO in three minutes.',
        'Review service-level metrics that large customers watch.',
      ],
      strategy:
        'Think like the owner of the network: numbers first, then customers and people, and finish with a decision and a plan you could run. Show the judgement expected from a head of operations.',
    },
  },
};
