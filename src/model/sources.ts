// The law and guidance the rules rest on: one table, so every output names a source by its published title.
// A url is given only where the official page (gov.uk or legislation.gov.uk) is known; none is guessed.

export interface SourceDoc {
  /** The published title, as the publisher gives it. */
  title: string;
  /** Who publishes it. */
  publisher: string;
  /** Year, edition or date of the version relied on. */
  edition: string;
  /** The official page, where one is known. */
  url?: string;
  /** Statutory, non-statutory, planned or law: said plainly where it matters. */
  status?: string;
}

export const SOURCES = {
  'non-school-ap-standards': {
    title: 'Non-school alternative provision: voluntary national standards',
    publisher: 'Department for Education',
    edition: 'August 2025',
    status: 'voluntary: the DfE intends to make national standards mandatory by law',
  },
  'arranging-ap': {
    title: 'Arranging alternative provision: a guide for local authorities and schools',
    publisher: 'Department for Education',
    edition: 'statutory guidance, last updated 5 February 2025',
    url: 'https://www.gov.uk/government/publications/alternative-provision',
  },
  'ofsted-operating-guide': {
    title: 'School inspection operating guide for inspectors: for use from November 2025',
    publisher: 'Ofsted',
    edition: 'published 9 September 2025, for inspections from 10 November 2025',
    url: 'https://www.gov.uk/government/publications/school-inspection-toolkit-operating-guide-and-information',
  },
  'next-steps-ap-blog': {
    title: 'Alternative Provision and the new Ofsted Inspection Framework',
    publisher: 'Next Steps Education (an alternative provision provider), blog post',
    edition: 'December 2025',
    status:
      "a provider's account of what Ofsted asks, not Ofsted's own words: the operating guide's own paragraph is not quoted here",
  },
  'ofsted-unregistered-handbook': {
    title: 'Unregistered school inspection handbook',
    publisher: 'Ofsted',
    edition: 'September 2022',
  },
  kcsie: {
    title: 'Keeping children safe in education 2025',
    publisher: 'Department for Education',
    edition: 'statutory guidance, September 2025',
    url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
  },
  'attendance-guidance': {
    title: 'Working together to improve school attendance',
    publisher: 'Department for Education',
    edition: 'statutory guidance, applies from 19 August 2024',
    url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
  },
  'registration-regulations': {
    title: 'The School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
    publisher: 'legislation.gov.uk',
    edition: '2024',
    url: 'https://www.legislation.gov.uk/uksi/2024/208',
  },
  'education-and-skills-act-2008-part-4': {
    title: 'Education and Skills Act 2008, Part 4 (independent educational institutions in England)',
    publisher: 'legislation.gov.uk',
    edition: 'as amended',
    url: 'https://www.legislation.gov.uk/ukpga/2008/25/part/4',
    status:
      'the registration of independent schools in England; the Secretary of State (the DfE) is the registration authority',
  },
  'education-act-1996-s463': {
    title: 'Education Act 1996, section 463 (meaning of "independent school")',
    publisher: 'legislation.gov.uk',
    edition: 'as amended',
    url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/463',
  },
  'cwsa-2026-s43': {
    title: "Children's Wellbeing and Schools Act 2026, section 43",
    publisher: 'legislation.gov.uk',
    edition: 'Royal Assent 29 April 2026; in force only when commenced by regulations',
    url: 'https://www.legislation.gov.uk/ukpga/2026/21/section/43',
  },
  'education-act-2002-s29a': {
    title: 'Education Act 2002, section 29A (education functions of governing bodies: off-site provision)',
    publisher: 'legislation.gov.uk',
    edition: 'as amended',
    url: 'https://www.legislation.gov.uk/ukpga/2002/32/section/29A',
  },
  'off-site-direction-regulations': {
    title: 'The Education (Educational Provision for Improving Behaviour) Regulations 2010 (SI 2010/1156)',
    publisher: 'legislation.gov.uk',
    edition: 'as amended by SI 2012/2532',
    url: 'https://www.legislation.gov.uk/uksi/2010/1156',
  },
  'uk-gdpr-art5': {
    title: 'UK General Data Protection Regulation, Article 5 (principles relating to processing of personal data)',
    publisher: 'legislation.gov.uk',
    edition: 'as retained in UK law',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/5',
  },
  'area-send-handbook': {
    title: 'Area SEND inspections: framework and handbook',
    publisher: 'Ofsted and CQC',
    edition: 'updated 6 June 2025',
    url: 'https://www.gov.uk/government/publications/area-send-framework-and-handbook',
  },
  'education-act-1996-s7': {
    title: 'Education Act 1996, section 7 (duty of parents to secure education of children of compulsory school age)',
    publisher: 'legislation.gov.uk',
    edition: 'as amended',
    url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/7',
  },
  'looked-after-guidance': {
    title: 'Promoting the education of looked-after children and previously looked-after children',
    publisher: 'Department for Education',
    edition: 'statutory guidance, February 2018',
    url: 'https://www.gov.uk/government/publications/promoting-the-education-of-looked-after-children',
  },
  'send-code-of-practice': {
    title: 'Special educational needs and disability code of practice: 0 to 25 years',
    publisher: 'Department for Education and Department of Health',
    edition: 'statutory guidance, January 2015',
    url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
  },
  'children-missing-education': {
    title: 'Children missing education',
    publisher: 'Department for Education',
    edition: 'statutory guidance, August 2024',
    url: 'https://www.gov.uk/government/publications/children-missing-education',
  },
  'ombudsman-out-of-school-2011': {
    title: 'Out of school… out of mind? (focus report on children out of school)',
    publisher: 'Local Government Ombudsman (now the Local Government and Social Care Ombudsman)',
    edition: '2011',
    status: 'a benchmark the Ombudsman uses when it investigates, not a legal definition of full-time education',
  },
  'school-week-2023': {
    title: 'Length of the school week: minimum expectation',
    publisher: 'Department for Education',
    edition: 'March 2023, for mainstream state-funded schools by September 2024',
    url: 'https://www.gov.uk/government/publications/length-of-the-school-week-minimum-expectation',
    status: 'non-statutory guidance: a school week of at least 32.5 hours',
  },
} as const satisfies Record<string, SourceDoc>;

export type SourceId = keyof typeof SOURCES;

/** A rule's reference to a source: which document, and the part of it the rule rests on. */
export interface SourceRef {
  source: SourceId;
  /** The part, section, paragraph or regulation; words, not shorthand. */
  part?: string;
  /** Set when the figure the rule uses is ap-ready's default, not a limit the source sets. */
  note?: string;
}

/** "Title (Publisher, edition), part" — how every output names a source. */
export function citation(ref: SourceRef): string {
  const d: SourceDoc = SOURCES[ref.source];
  return `${d.title} (${d.publisher}, ${d.edition})${ref.part ? `, ${ref.part}` : ''}`;
}

/** The sources of a rule as one line, or a plain statement when it rests on none. */
export function citations(refs: readonly SourceRef[]): string {
  return refs.length ? refs.map(citation).join('; ') : 'none: a check of the data itself';
}

/**
 * What the registration rules (school and area) rest on: in England an institution giving full-time education
 * to five or more pupils of compulsory school age, or to one with an EHC plan or looked after, is an independent
 * school (Education Act 1996 s.463, with ESA 2008 s.92); it must be on the register the Secretary of State keeps
 * (s.95), and conducting one that is not is an offence (s.96). Education Act 2002 Part 10 now governs Wales only.
 */
export const REGISTRATION_SOURCES: readonly SourceRef[] = [
  {
    source: 'education-and-skills-act-2008-part-4',
    part: 'section 92 (independent educational institutions), section 95 (the register of independent educational institutions) and section 96 (the offence of conducting an unregistered independent educational institution)',
  },
  {
    source: 'education-act-1996-s463',
    part: 'the definition of an independent school: full-time education for five or more pupils of compulsory school age, or one with an EHC plan or looked after',
  },
  { source: 'ofsted-unregistered-handbook', part: 'full-time education' },
];

/** The same, with the Children's Wellbeing and Schools Act 2026 s.43 that will replace s.92 once commenced. */
export const REGISTRATION_SOURCES_WITH_CWSA: readonly SourceRef[] = [
  ...REGISTRATION_SOURCES.slice(0, 2),
  { source: 'cwsa-2026-s43', part: 'replaces section 92 of the 2008 Act once commenced (registration_law: cwsa-2026)' },
  REGISTRATION_SOURCES[2],
];

/** What a school is told to do when a provider may be an unregistered independent school. */
export const REPORT_UNREGISTERED =
  'tell the local authority and report it to the Department for Education (the registration authority for independent schools)';

/**
 * What the planning-call rules rest on: Ofsted asks in the initial planning call whether pupils attend off-site
 * AP; the list of details to give is an AP provider's account of it (its blog), not a sentence of Ofsted's.
 */
export const PLANNING_CALL_SOURCES: readonly SourceRef[] = [
  {
    source: 'ofsted-operating-guide',
    part: 'the initial planning call: whether pupils attend off-site alternative provision',
  },
  {
    source: 'next-steps-ap-blog',
    part: 'the details to give in the planning call: names, addresses, registration statuses, URN (if registered), the number of pupils and their reasons, start dates and hours',
  },
];

/** "Know where pupils are": a provider's blog's reading of the framework, with KCSIE's own requirement beside it. */
export const WHEREABOUTS_SOURCE: SourceRef = {
  source: 'next-steps-ap-blog',
  part: '"safeguarding standards will not be met if school leaders do not know where their students are" (the blog\'s reading of the inspection framework)',
};

/**
 * KCSIE's alternative provision paragraphs (Part three, safer recruitment): the school stays responsible for the
 * pupil's safeguarding, obtains written confirmation of the provider's staff checks, is told of arrangements that
 * may put the child at risk (such as staff changes), and knows where the pupil is during school hours, with the
 * address of the provider and of any subcontracted or satellite site. Every rule cites this one part.
 */
export const KCSIE_AP: SourceRef = { source: 'kcsie', part: 'Part three (safer recruitment): alternative provision' };
