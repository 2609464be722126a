// The fictional people of the example organisation "acme"; levels are what activity aims for.

/** One fictional person; `skills` maps a language or `owner/repo` to the level (1–5) to aim for. */
export interface PersonSpec {
  login: string;
  name: string;
  title?: string;
  timezone: string;
  skills: Record<string, number>;
  goals?: string[];
  /** A mentor's own learning goals: no enrolment form asks a mentor for them, so none states them. */
  learning?: string[];
  offers?: string[];
  outOfOfficeUntil?: string;
  active?: false;
}

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';
const SP = 'America/Sao_Paulo';
const LONDON = 'Europe/London';
const BERLIN = 'Europe/Berlin';
const LAGOS = 'Africa/Lagos';
const KOLKATA = 'Asia/Kolkata';
const TOKYO = 'Asia/Tokyo';
const SYDNEY = 'Australia/Sydney';

const PAYMENTS = 'acme/payments-api';
const WEB = 'acme/web';
const INFRA = 'acme/infra';
const SEARCH = 'acme/search';
const DATA = 'acme/data-pipeline';

// Mentors are strong (3–5) in their areas and mentees weak (0–2), so gaps of 1–3 levels exist.
// Nobody who mentors is strong in Rust or Swift: those goals have no good mentor on purpose.
export const PEOPLE: readonly PersonSpec[] = [
  // Americas
  {
    login: 'marcus-bell',
    name: 'Marcus Bell',
    title: 'Senior Software Engineer',
    timezone: LA,
    skills: { TypeScript: 3, [WEB]: 4 },
    offers: ['React', WEB, 'accessibility'],
  },
  {
    login: 'jasmine-park',
    name: 'Jasmine Park',
    title: 'Software Engineer',
    timezone: LA,
    skills: { TypeScript: 3, [WEB]: 3 },
  },
  {
    login: 'noah-kim',
    name: 'Noah Kim',
    title: 'Junior Software Engineer',
    timezone: LA,
    skills: { TypeScript: 2, [WEB]: 2 },
    goals: [WEB, 'TypeScript'],
  },
  {
    login: 'diego-alvarez',
    name: 'Diego Alvarez',
    title: 'Junior Software Engineer',
    timezone: LA,
    skills: { Rust: 1, Go: 1 },
    goals: ['Rust', 'Go'],
  },
  { login: 'sam-taylor', name: 'Sam Taylor', timezone: LA, skills: { TypeScript: 2, [WEB]: 2 } },
  {
    login: 'daniel-whitfield',
    name: 'Daniel Whitfield',
    title: 'Senior Software Engineer',
    timezone: NY,
    skills: { TypeScript: 4, [WEB]: 4 },
    offers: ['TypeScript', 'React', WEB],
    outOfOfficeUntil: '2026-12-04',
  },
  {
    login: 'ethan-brooks',
    name: 'Ethan Brooks',
    title: 'Staff Engineer',
    timezone: NY,
    skills: { Go: 4, [PAYMENTS]: 4, Python: 3 },
    offers: ['Go', PAYMENTS, 'incident response'],
  },
  {
    login: 'leo-martin',
    name: 'Leo Martin',
    title: 'Software Engineer',
    timezone: NY,
    skills: { Go: 3, [PAYMENTS]: 3 },
    offers: ['Go', PAYMENTS],
  },
  {
    login: 'rachel-goldberg',
    name: 'Rachel Goldberg',
    title: 'Engineering Manager',
    timezone: NY,
    skills: { [PAYMENTS]: 1 },
    outOfOfficeUntil: '2026-11-20',
  },
  {
    login: 'emily-carter',
    name: 'Emily Carter',
    title: 'Associate Engineer',
    timezone: NY,
    skills: { TypeScript: 2, [WEB]: 2 },
    goals: ['React', 'TypeScript'],
  },
  {
    login: 'samuel-reyes',
    name: 'Samuel Reyes',
    title: 'New Grad Engineer',
    timezone: NY,
    skills: {},
    goals: ['TypeScript', PAYMENTS],
  },
  {
    login: 'beatriz-carvalho',
    name: 'Beatriz Carvalho',
    title: 'Engineering Lead',
    timezone: SP,
    skills: { TypeScript: 4, [WEB]: 3, [PAYMENTS]: 3 },
    offers: ['TypeScript', 'React', 'testing'],
  },
  {
    login: 'carlos-mendes',
    name: 'Carlos Mendes',
    title: 'Product Designer',
    timezone: SP,
    skills: { [WEB]: 1 },
  },
  {
    login: 'isabela-rocha',
    name: 'Isabela Rocha',
    title: 'New Grad Engineer',
    timezone: SP,
    skills: { TypeScript: 1, [WEB]: 1 },
    goals: ['TypeScript', 'React'],
  },
  {
    login: 'ana-sousa',
    name: 'Ana Sousa',
    title: 'Junior Software Engineer',
    timezone: SP,
    skills: { TypeScript: 2, [PAYMENTS]: 1 },
    goals: [PAYMENTS, 'PostgreSQL'],
    outOfOfficeUntil: '2026-11-27',
  },
  // Europe and Africa
  {
    login: 'olivia-hartley',
    name: 'Olivia Hartley',
    title: 'Staff Engineer',
    timezone: LONDON,
    skills: { TypeScript: 4, [PAYMENTS]: 4, PLpgSQL: 3 },
    offers: ['TypeScript', PAYMENTS, 'PostgreSQL'],
    // Reverse mentoring: she learns Rust from Ben Osei, who knows it better.
    learning: ['Rust'],
  },
  {
    login: 'nadia-haddad',
    name: 'Nadia Haddad',
    title: 'Engineering Manager',
    timezone: LONDON,
    skills: { [WEB]: 1 },
  },
  {
    login: 'aisha-khan',
    name: 'Aisha Khan',
    title: 'Product Manager',
    timezone: LONDON,
    skills: { [PAYMENTS]: 1 },
  },
  {
    login: 'ben-osei',
    name: 'Ben Osei',
    title: 'Software Engineer',
    timezone: LONDON,
    skills: { TypeScript: 3, Rust: 2, [WEB]: 2 },
    offers: ['Rust'],
  },
  {
    login: 'oliver-grant',
    name: 'Oliver Grant',
    title: 'Junior SRE',
    timezone: LONDON,
    skills: { [INFRA]: 2, HCL: 1 },
    goals: ['Terraform', 'Kubernetes'],
  },
  {
    login: 'freya-nielsen',
    name: 'Freya Nielsen',
    title: 'Associate Engineer',
    timezone: LONDON,
    skills: { Go: 2, [PAYMENTS]: 2 },
    goals: [PAYMENTS, 'PostgreSQL'],
  },
  {
    login: 'lukas-brenner',
    name: 'Lukas Brenner',
    title: 'Senior SRE',
    timezone: BERLIN,
    skills: { [INFRA]: 5, HCL: 4, Go: 3 },
    offers: ['Kubernetes', 'Terraform', INFRA, 'on-call'],
  },
  {
    login: 'hannah-schultz',
    name: 'Hannah Schultz',
    title: 'Lead Data Engineer',
    timezone: BERLIN,
    skills: { Python: 5, [DATA]: 4, PLpgSQL: 3 },
    offers: ['Python', 'PostgreSQL', 'data modelling'],
  },
  {
    login: 'felix-wagner',
    name: 'Felix Wagner',
    title: 'Software Engineer',
    timezone: BERLIN,
    skills: { Rust: 2, [SEARCH]: 2 },
    active: false,
  },
  { login: 'kai-robinson', name: 'Kai Robinson', timezone: BERLIN, skills: { HCL: 2, [INFRA]: 2 } },
  {
    login: 'lena-fischer',
    name: 'Lena Fischer',
    title: 'Software Engineering Intern',
    timezone: BERLIN,
    skills: { TypeScript: 1 },
    goals: ['TypeScript', 'Terraform'],
  },
  {
    login: 'tom-becker',
    name: 'Tom Becker',
    title: 'Associate Engineer',
    timezone: BERLIN,
    skills: { Python: 2, [DATA]: 1 },
    goals: ['Python', 'PostgreSQL'],
  },
  {
    login: 'amara-okafor',
    name: 'Amara Okafor',
    title: 'Staff Engineer',
    timezone: LAGOS,
    skills: { Go: 4, [PAYMENTS]: 5 },
    offers: ['Go', PAYMENTS, 'PostgreSQL', 'code review'],
  },
  {
    login: 'tunde-adebayo',
    name: 'Tunde Adebayo',
    title: 'Senior SRE',
    timezone: LAGOS,
    skills: { [INFRA]: 4, HCL: 4, Go: 3 },
    offers: ['Kubernetes', 'Terraform', 'observability'],
  },
  {
    login: 'chidi-nwosu',
    name: 'Chidi Nwosu',
    title: 'Junior Software Engineer',
    timezone: LAGOS,
    skills: { Go: 2, [PAYMENTS]: 2 },
    goals: ['Go', PAYMENTS],
  },
  {
    login: 'zainab-bello',
    name: 'Zainab Bello',
    title: 'Associate Engineer',
    timezone: LAGOS,
    skills: { Python: 1, [DATA]: 1 },
    goals: ['Python', 'PostgreSQL'],
  },
  // Asia and Australia: Tokyo and Sydney share hours with each other, hardly with the Americas.
  {
    login: 'priya-raman',
    name: 'Priya Raman',
    title: 'Principal Engineer',
    timezone: KOLKATA,
    skills: { Go: 4, Python: 4, [SEARCH]: 3 },
    offers: ['Go', 'Python', 'system design'],
  },
  {
    login: 'rohan-mehta',
    name: 'Rohan Mehta',
    title: 'Senior Software Engineer',
    timezone: KOLKATA,
    skills: { Python: 3, TypeScript: 3, [DATA]: 3 },
    offers: ['Python', 'TypeScript'],
  },
  {
    login: 'vikram-shah',
    name: 'Vikram Shah',
    title: 'Software Engineer',
    timezone: KOLKATA,
    skills: { Go: 3, [SEARCH]: 2 },
  },
  {
    login: 'arjun-nair',
    name: 'Arjun Nair',
    title: 'Junior Software Engineer',
    timezone: KOLKATA,
    skills: { Python: 2, Go: 1 },
    goals: ['Go', 'Kubernetes'],
  },
  {
    login: 'meera-iyer',
    name: 'Meera Iyer',
    title: 'Software Engineering Intern',
    timezone: KOLKATA,
    skills: { Python: 1 },
    goals: ['Python', 'PostgreSQL'],
  },
  {
    login: 'kenji-watanabe',
    name: 'Kenji Watanabe',
    title: 'Senior Software Engineer',
    timezone: TOKYO,
    skills: { Go: 4, [SEARCH]: 4 },
    offers: ['Go', SEARCH, 'performance'],
    // Reverse mentoring: he learns Swift from Jack Thornton, a junior a level ahead in it.
    learning: ['Swift'],
  },
  {
    login: 'yuki-sato',
    name: 'Yuki Sato',
    title: 'Associate Engineer',
    timezone: TOKYO,
    skills: { Go: 2, [SEARCH]: 1 },
    goals: ['Go', 'Rust'],
  },
  {
    login: 'mia-costa',
    name: 'Mia Costa',
    title: 'Software Engineer',
    timezone: SYDNEY,
    skills: { Swift: 3, 'acme/mobile': 3 },
    offers: ['Swift'],
  },
  {
    login: 'jack-thornton',
    name: 'Jack Thornton',
    title: 'Junior Software Engineer',
    timezone: SYDNEY,
    skills: { TypeScript: 2, [WEB]: 1, Swift: 1 },
    goals: ['React', 'Swift'],
    offers: ['Swift'],
  },
];
