import { exampleQuestion, type FewShotExamples } from './example-helpers.js';

const kind = 'approach';

/** Worked technical-interview examples, one per level. */
export const TECHNICAL_EXAMPLES: FewShotExamples = {
  junior: {
    jobDescription:
      'Junior Frontend Developer (1-2 years). Build and maintain React components in TypeScript for our online booking site, fix UI bugs, write unit tests with Jest and React Testing Library, and work with designers on accessible, responsive layouts. Mentoring from senior developers.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'In TypeScript, what is the difference between `type` and `interface`, and which would you use for the props of a React component?',
          category: 'fundamentals', difficulty: 'easy', minutes: 5, kind,
          evaluates: ['TypeScript fundamentals', 'ability to justify a convention'],
          steps: [
            ['Define both', 'Say both describe object shapes; interfaces can be merged and extended, types can also express unions.'],
            ['Apply to props', 'Pick one for props (either is fine) and give the reason, e.g. team consistency or needing a union.'],
            ['Show an example', 'Sketch the props of a BookingCard component with an optional field.'],
          ],
          hints: ['Think about what happens when you declare the same interface twice.'],
          followUps: ['How would you type a prop that is either a date or the string "flexible"?'],
        }),
        exampleQuestion({
          question: 'Build a search box that filters a list of 300 hotels as the user types. Walk through the component, its state, and how you would test it with React Testing Library.',
          category: 'coding', difficulty: 'medium', minutes: 20, kind,
          evaluates: ['React state and rendering', 'testing from the user\'s point of view', 'accessibility basics'],
          steps: [
            ['Clarify', 'Ask whether filtering is by name only, case-insensitive, and whether results come from props or an API.'],
            ['Component design', 'Keep the query in useState, derive the filtered list during render, label the input for screen readers.'],
            ['Edge cases', 'Cover an empty query, no results message and leading or trailing spaces.'],
            ['Tests', 'Type into the input with user-event and assert on visible hotel names, not on component state.'],
          ],
          hints: ['Does the filtered list need its own state, or can it be computed?'],
          followUps: ['The list grows to 20,000 hotels and typing lags. What do you change?'],
        }),
      ],
      recommendations: [
        'Rebuild a small booking form in React + TypeScript with typed props and Jest tests, and be ready to talk through it.',
        'Practise writing React Testing Library tests that query by role and label.',
        'Review keyboard navigation and ARIA labels, since the team ships accessible layouts.',
        'Prepare one story about fixing a UI bug end to end, from reproduction to test.',
      ],
      strategy:
        'Show solid React and TypeScript fundamentals, think aloud while coding, and tie answers to the booking site: accessible forms, responsive layout and tested components. Ask for help the way you would with a mentor: say what you tried first.',
    },
  },
  mid: {
    jobDescription:
      'Backend Engineer, Payments (3-5 years). Own Node.js services and REST APIs that create and list payments for 40,000 merchants, tune PostgreSQL queries, integrate card processors, and take part in the on-call rotation.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'The endpoint that lists a merchant\'s transactions takes 4 seconds for the largest merchants. How do you find the cause and fix it?',
          category: 'debugging', difficulty: 'medium', minutes: 15, kind,
          evaluates: ['PostgreSQL query analysis', 'pagination design', 'measuring before optimising'],
          steps: [
            ['Measure', 'Reproduce with a large merchant and look at timings per layer: API, query, serialisation.'],
            ['Inspect the query', 'Run EXPLAIN ANALYZE; look for sequential scans, sorts on disk and missing composite indexes on (merchant_id, created_at).'],
            ['Fix', 'Add the index and switch from OFFSET to keyset pagination; limit the selected columns.'],
            ['Verify', 'Compare p95 latency before and after, and watch write overhead of the new index.'],
          ],
          hints: ['What does OFFSET 100000 make the database do?'],
          followUps: ['How would you add a new index to a 500-million-row table without locking writes?'],
        }),
        exampleQuestion({
          question: 'Design payment creation so that a client retrying after a timeout can never charge the card twice.',
          category: 'system design', difficulty: 'hard', minutes: 30, kind,
          evaluates: ['idempotency', 'transactional thinking', 'failure handling with external processors'],
          steps: [
            ['Clarify', 'Establish where timeouts happen: client to API, API to card processor, or both.'],
            ['Idempotency key', 'Require a client key, store it with a unique constraint and the request hash, return the stored result on replay.'],
            ['Processor calls', 'Pass an idempotency key to the processor too and record the state machine: pending, succeeded, failed.'],
            ['Recovery', 'Reconcile pending payments with a job that queries the processor; explain what the client sees meanwhile.'],
          ],
          hints: ['What must be true of two requests with the same key but different amounts?'],
          followUps: ['How long do you keep idempotency keys, and why?'],
        }),
      ],
      recommendations: [
        'Practise reading EXPLAIN ANALYZE output on a table with millions of rows.',
        'Prepare a clear explanation of idempotency keys and payment state machines.',
        'Review how card processors report asynchronous results (webhooks, reconciliation).',
        'Have an on-call incident story ready: detection, mitigation, follow-up.',
      ],
      strategy:
        'Present yourself as someone who owns payment services end to end: measure before optimising, design for retries and partial failure, and speak in terms of merchants and money at stake.',
    },
  },
  senior: {
    jobDescription:
      'Senior Platform Engineer (5+ years). Own the Kubernetes-based deployment platform used by 200 Go microservices, improve observability (Prometheus, OpenTelemetry), reduce incident impact and mentor engineers across product teams.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'Design a rollout system that deploys to 200 services safely and rolls back automatically when a release raises the error rate.',
          category: 'system design', difficulty: 'hard', minutes: 40, kind,
          evaluates: ['progressive delivery', 'observability-driven automation', 'platform thinking across teams'],
          steps: [
            ['Requirements', 'Clarify rollout speed, blast radius limits, who owns the signals and how teams opt in.'],
            ['Mechanism', 'Canary or progressive traffic shifting per service, with health gates on error rate and latency from Prometheus.'],
            ['Rollback', 'Define automatic rollback criteria, baseline comparison with the previous version, and manual override.'],
            ['Adoption', 'Explain defaults, templates and docs so 200 services adopt it without a platform bottleneck.'],
          ],
          hints: ['How do you tell a bad release from a noisy service with few requests?'],
          followUps: ['A release changes a database schema. How does rollback still work?'],
        }),
        exampleQuestion({
          question: 'A Go service\'s p99 latency doubled after a dependency upgrade while p50 did not change. How do you investigate?',
          category: 'debugging', difficulty: 'medium', minutes: 20, kind,
          evaluates: ['performance analysis in Go', 'use of tracing and profiling', 'methodical debugging'],
          steps: [
            ['Scope', 'Confirm with traces which spans grew and whether all instances and endpoints are affected.'],
            ['Profile', 'Compare pprof CPU, heap and block profiles before and after; check GC pauses and connection pool settings.'],
            ['Isolate', 'Diff the dependency changelog; reproduce with a benchmark or a canary on the old version.'],
            ['Resolve', 'Fix or pin, add an alert on p99, and share the finding with teams using the same dependency.'],
          ],
          hints: ['What usually affects the tail but not the median?'],
          followUps: ['How would you stop this class of regression from reaching production again?'],
        }),
      ],
      recommendations: [
        'Prepare a rollout design with canaries and automated rollback that you can draw in ten minutes.',
        'Refresh pprof and OpenTelemetry tracing, and be ready to read a flame graph.',
        'Have a story about a platform change you drove across many teams, with adoption numbers.',
        'Think through how you mentor product engineers on observability.',
      ],
      strategy:
        'Lead with platform thinking: safety by default for 200 services, decisions backed by metrics, and changes that teams adopt willingly. Show depth in Go performance and Kubernetes operations while keeping the blast radius in view.',
    },
  },
  lead: {
    jobDescription:
      'Principal Engineer, Data Platform (8+ years). Set technical direction for four data teams, lead the move from nightly batch ETL to streaming with Kafka and Flink, and make build-versus-buy decisions with engineering leadership.',
    reply: {
      questions: [
        exampleQuestion({
          question: 'You have four teams and 18 months to move nightly batch ETL to streaming without breaking the finance reports that depend on it. How do you plan and sequence the migration?',
          category: 'architecture', difficulty: 'hard', minutes: 40, kind,
          evaluates: ['technical strategy', 'risk management in migrations', 'leading across teams'],
          steps: [
            ['Map dependencies', 'Inventory pipelines and consumers, rank them by business risk and value.'],
            ['Target architecture', 'Define the streaming platform, data contracts and how batch and stream coexist.'],
            ['Sequence', 'Start with a low-risk, high-value pipeline, run old and new in parallel and reconcile outputs before cutover.'],
            ['Govern', 'Set milestones, owners per team and exit criteria; say what you would stop if the plan slips.'],
          ],
          hints: ['How will finance know the new numbers are right?'],
          followUps: ['Halfway through, one team is six months behind. What do you do?'],
        }),
        exampleQuestion({
          question: 'Two staff engineers disagree: one wants to build an in-house schema registry, the other wants to buy one. How do you drive the decision?',
          category: 'technical leadership', difficulty: 'hard', minutes: 25, kind,
          evaluates: ['decision making', 'build-versus-buy judgement', 'handling disagreement between senior people'],
          steps: [
            ['Frame', 'Write down the problem, constraints and decision criteria before debating solutions.'],
            ['Evaluate', 'Compare total cost, lock-in, fit with Kafka tooling, and the team\'s capacity to run it.'],
            ['Decide', 'Make or escalate the call with a clear owner and record it in a decision document.'],
            ['Follow through', 'Keep both engineers engaged and define when the decision would be revisited.'],
          ],
          hints: ['Who is affected by this decision beyond the two engineers?'],
          followUps: ['Leadership overrules your recommendation. How do you respond?'],
        }),
      ],
      recommendations: [
        'Prepare a migration plan from batch to streaming with parallel runs and reconciliation.',
        'Bring an example of a written technical decision you drove, with its trade-offs.',
        'Refresh Kafka and Flink concepts: exactly-once semantics, state, late data.',
        'Think about how you would set direction for four teams without managing them.',
      ],
      strategy:
        'Position yourself as the person who makes a risky multi-team migration boring: clear direction, staged delivery with proof at each step, and decisions that are written down and owned. Balance technical depth with influence over leadership.',
    },
  },
};
