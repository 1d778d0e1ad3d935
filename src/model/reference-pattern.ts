// The default pupil_reference_pattern, apart from the config schema so messages and `ap-ready rules` can use it
// without loading zod: letters, an optional hyphen, then digits (P-0042, KS3-17, AP17), or a plain number.
export const DEFAULT_PUPIL_REFERENCE_PATTERN = '^(?:[A-Za-z][A-Za-z0-9]{0,7}-?)?[0-9]{1,8}$';
