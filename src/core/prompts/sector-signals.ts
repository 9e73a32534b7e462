/** The sectors the few-shot library and the sector hints know; `general` is the neutral fallback. */
export const SECTORS = ['software', 'healthcare', 'hospitality', 'public_policy', 'education', 'construction', 'general'] as const;
export type Sector = (typeof SECTORS)[number];

/** A sector's tell-tale words: regex sources matched as whole words, case-insensitive, in any language. */
export interface SectorSignals {
  /** Words that on their own point to the sector (3 points each). */
  strong: readonly string[];
  /** Words that also appear elsewhere and only add weight (1 point each). */
  weak: readonly string[];
}

// Only words that name the work itself: generic tech words a support agent or an analyst also
// uses (API, SQL, JSON) are left out, so they do not turn those jobs into software jobs.
export const SECTOR_SIGNALS: Record<Exclude<Sector, 'general'>, SectorSignals> = {
  software: {
    strong: [
      'software (?:engineers?|developers?|development|engineering)', 'softwareentwickler\\p{L}*', 'developers?', 'programmers?',
      'programming', 'coding', 'code reviews?', 'pull requests?', 'microservices?', 'kubernetes', 'terraform', 'docker',
      'ci/cd', 'devops', 'back-?end', 'front-?end', 'full[- ]?stack', 'typescript', 'javascript', 'golang', 'node\\.js',
      'spring boot', 'kafka', 'grpc', 'postgresql', 'distributed systems', 'site reliability', 'pytorch', 'machine learning',
      'siem', 'research engineer', 'data engineer', 'ml engineer',
    ],
    weak: ['react', 'python', 'java', 'c\\+\\+', 'aws', 'gcp', 'azure', 'linux', 'git(?:hub|lab)?', 'llms?', 'apis?', 'saas', 'cloud'],
  },
  healthcare: {
    strong: [
      'nurs(?:e|es|ing)', 'registered nurse', 'patients', 'clinical', 'intensive care', 'icu', 'wards?', 'medication',
      'nhs', 'midwi\\p{L}*', 'pharmacists?', 'physicians?', 'infirmi\\p{L}*', 'soins', 'urgences',
      'farmacist\\p{L}*', 'farmacia', 'farmacie', 'medicinali', 'ricett\\p{L}*', 'krankenpfleg\\p{L}*', 'pflege\\p{L}*',
      'enfermer\\p{L}*', 'care home', 'dementia', 'nmc', 'cqc', 'bls', 'acls', 'hca', 'healthcare assistants?',
    ],
    weak: ['patient', 'hospitals?', 'healthcare', 'health', 'care', 'vaccin\\p{L}*', 'pharmac\\p{L}*', 'doctors?', 'infection'],
  },
  hospitality: {
    strong: [
      'chefs?', 'sous chef', 'kitchens?', 'menus?', 'covers', 'brigade', 'haccp', 'food hygiene', 'allergens?',
      'bistro', 'brasserie', 'front of house', 'barista', 'catering', 'tronc',
      'waiting staff', 'housekeeping', 'banqueting', 'pastry',
    ],
    weak: ['restaurants?', 'hospitality', 'food safety', 'hotels?', 'bar', 'stock takes?', 'gp', 'service', 'guests?', 'dishes', 'produce'],
  },
  public_policy: {
    strong: [
      'policy (?:advis[eo]rs?|officers?|analysts?|development|options|lead)', 'ministers?', 'ministerial', 'civil service',
      'civil servants?', 'submissions?', 'whitehall', 'success profiles', 'higher executive officer',
      'senior executive officer', 'grade 7', 'department for', 'parliament\\p{L}*', 'select committee',
    ],
    weak: ['policy', 'briefings?', 'government', 'legislation', 'consultation', 'public sector', 'councils?', 'local authorit\\p{L}*', 'heo', 'seo'],
  },
  education: {
    strong: [
      'teach(?:er|ers|ing)', 'lessons?', 'pupils?', 'classroom', 'curriculum', 'qts', 'pgce', 'ects?', 'sendco|senco',
      'key stage', 'ks[1-5]', 'gcses?', 'a levels?', 'scheme of work', 'head of department', 'teaching assistants?',
      'lesson observation', 'enseignant\\p{L}*', 'lehrer\\p{L}*', 'insegnant\\p{L}*',
    ],
    weak: ['students?', 'schools?', 'ofsted', 'safeguarding', 'send', 'eal', 'tutors?', 'academy', 'learners?'],
  },
  construction: {
    strong: [
      'construction', 'site managers?', 'superintendents?', 'subcontract\\p{L}*', 'general contractor', 'rfis?',
      'submittals?', 'change orders?', 'procore', 'cscs', 'smsts', 'sssts', 'osha', 'nebosh', 'scaffold\\p{L}*',
      'bricklay\\p{L}*', 'carpent\\p{L}*', 'electricians?', 'plumb(?:er|ers|ing)', 'joiners?', 'groundworks?',
      'building regulations', 'as-builts?', 'method statements?', 'cdm', 'quantity survey\\p{L}*', 'jct', 'nec4?',
      'site-specific safety plan', 'bauleit\\p{L}*',
    ],
    weak: ['site', 'drawings', 'trades?', 'contractors?', 'mep', 'hvac', 'programme', 'snagging', 'fit-out', 'apprentice\\p{L}*'],
  },
};
