import type { Rule } from './types.js';

const messages = {
  /** The reader's own words: what is wrong with the row and what to write instead (never the value itself). */
  unreadable: (d: { problem: string }) => d.problem,
};

export const attendanceFile: Rule = {
  id: 'attendance-file', defaultSeverity: 'error', sources: ['ATT'],
  description: 'A row of an attendance CSV that cannot be read (unknown column, bad date, time or mark, a file that is not UTF-8); other rows and files are still read',
  check(ctx) {
    for (const p of ctx.attendance?.problems ?? []) {
      ctx.reportAt({ file: p.file, line: p.line, column: p.column }, messages.unreadable({ problem: p.message }));
    }
  },
};
