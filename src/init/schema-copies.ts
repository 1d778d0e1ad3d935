// Where init puts its copies of the JSON schemas, so editors check files offline: the config, the example
// files and the VS Code settings all name these paths.
export const PLACEMENT_SCHEMA_COPY = '.ap-ready/placement-file.schema.json';
export const CONFIG_SCHEMA_COPY = '.ap-ready/config.schema.json';
export const PUPILS_SCHEMA_COPY = '.ap-ready/pupils.schema.json';
