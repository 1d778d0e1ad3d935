// The counts a report and the documents open with: over active placements, distinct pupils.
export interface Counts {
  /** Distinct pupils with an active placement. */
  pupils: number;
  send: number;
  ehcp: number;
  partTime: number;
  lookedAfter: number;
  providersRegistered: number;
  providersUnregistered: number;
  /** Placements that failed the schema or date checks, so are not in the figures above. */
  unreadablePlacements: number;
  /** Files that are not readable YAML at all, so none of their pupils are counted. */
  unreadableFiles: number;
}
