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
}
