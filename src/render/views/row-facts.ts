// A pupil's SEND status (an EHC plan among them) and looked-after status on a placement's row: the pupil's,
// worked out as every figure counts them (the register wins; without it, the pupil's current placements),
// and a note in words where this placement's own file says otherwise, so the row never contradicts the summary.
import type { Placement } from '../../model/schema.js';
import type { Pupil } from '../../model/pupils.js';
import { lookedAfterOf, sendOf } from '../../model/pupil-facts.js';
import { SEND } from '../../model/labels.js';

export interface RowFacts {
  send: Placement['send'];
  sendLabel: string;
  hasSend: boolean;
  ehcp: boolean;
  lookedAfter: boolean;
  /** Where the pupil's facts come from, when this placement's file says otherwise: "From the pupil register (…)". */
  factNotes: string[];
}

/** `current`: the pupil's active and upcoming placements (this one among them). */
export function rowFacts(p: Placement, entry: Pupil | undefined, current: readonly Placement[]): RowFacts {
  const send = sendOf(
    entry?.send,
    current.map((c) => c.send),
  );
  const lookedAfter = lookedAfterOf(
    entry?.looked_after,
    current.map((c) => c.looked_after),
  );
  const from = entry?.send ? 'From the pupil register' : "From the pupil's other placement";
  const factNotes: string[] = [];
  if (send !== p.send) factNotes.push(`${from} (this placement's file says ${SEND[p.send] ?? p.send})`);
  if (lookedAfter !== p.looked_after)
    factNotes.push(
      `${entry?.looked_after != null ? 'Looked after: from the pupil register' : "Looked after: from the pupil's other placement"} (this placement's file says ${p.looked_after ? 'yes' : 'no'})`,
    );
  return {
    send,
    sendLabel: SEND[send] ?? send,
    hasSend: send === 'sen-support' || send === 'ehcp',
    ehcp: send === 'ehcp',
    lookedAfter,
    factNotes,
  };
}
