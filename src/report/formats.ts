// The names of the report formats, defined once: the command line's --format choices (check and area), the
// formatter registry (report/index.ts) and the library's FormatName all come from this list. A module of its
// own, so the command line names the formats without loading a formatter.
export const FORMAT_NAMES = ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit', 'gitlab'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
