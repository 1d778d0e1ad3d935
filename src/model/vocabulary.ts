// Lists of values the rules test against, in a module without zod: the rules, and so `ap-ready rules`,
// import these without loading the schema library (model/schema.ts re-exports them).

/** Registered providers that are schools, so a dual-registration code D fits (the attendance-code rule). */
export const REGISTERED_SCHOOL_TYPES = [
  'pru', 'ap-academy', 'ap-free-school', 'independent-school', 'independent-special-school', 'special-school',
] as const;

export const VNS_AREAS = ['safeguarding', 'health_and_safety', 'admissions_and_support', 'quality_of_education'] as const;
