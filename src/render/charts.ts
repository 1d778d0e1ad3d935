// Charts drawn here, on the server, as inline SVG: no script in the page, nothing fetched. Each chart is
// a role="img" figure with a <title> and <desc> (its text alternative; the document prints the figures as
// a table beside it too), and reads in greyscale: the three kinds of session differ by fill pattern as
// well as colour, and the threshold lines by dash. Every text written into the SVG is escaped here.
import { dayNumber, englishDate } from '../model/dates.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const short = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

let counter = 0;
/** A prefix for the ids inside one chart: several charts share one page. */
const nextId = () => `c${++counter}`;

function frame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

export interface AttendanceWeek {
  monday: string;
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
}

/**
 * Attendance by week as stacked bars of 100% (present, authorised absence, unauthorised absence), with
 * dashed lines at `persistent`% and dotted at `severe`%. Empty weeks are left out by the caller.
 */
export function attendanceChart(
  weeks: readonly AttendanceWeek[],
  opts: { title: string; persistent: number; severe: number },
): string {
  const id = nextId();
  const left = 34,
    top = 10,
    plotH = 120,
    barW = Math.max(10, Math.min(28, Math.floor(560 / Math.max(1, weeks.length)) - 6)),
    gap = 6;
  const width = Math.max(430, left + weeks.length * (barW + gap) + 150),
    height = top + plotH + 34;
  const y = (pct: number) => top + plotH - (pct / 100) * plotH;
  const defs =
    `<defs><pattern id="${id}-auth" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#4d4d4d" stroke-width="2"/></pattern>` +
    `<pattern id="${id}-unauth" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f2c6a0"/><circle cx="3" cy="3" r="1.6" fill="#1a1a1a"/></pattern></defs>`;
  const parts: string[] = [defs];
  for (const pct of [0, 50, 100])
    parts.push(`<text x="${left - 4}" y="${y(pct) + 3}" text-anchor="end" class="axis">${pct}%</text>`);
  parts.push(
    `<line x1="${left}" y1="${y(0)}" x2="${left + weeks.length * (barW + gap)}" y2="${y(0)}" stroke="#1a1a1a" stroke-width="1"/>`,
  );
  weeks.forEach((w, i) => {
    const x = left + i * (barW + gap) + gap / 2;
    let acc = 0;
    for (const [n, fill] of [
      [w.present, '#1f3a5f'],
      [w.authorised, `url(#${id}-auth)`],
      [w.unauthorised, `url(#${id}-unauth)`],
    ] as const) {
      if (!n) continue;
      const h = (n / w.possible) * plotH;
      parts.push(
        `<rect x="${x}" y="${top + plotH - acc - h}" width="${barW}" height="${h}" fill="${fill}" stroke="#1a1a1a" stroke-width="0.5"/>`,
      );
      acc += h;
    }
    if (weeks.length <= 16 || i % 2 === 0)
      parts.push(
        `<text x="${x + barW / 2}" y="${top + plotH + 12}" text-anchor="middle" class="axis">${esc(short(w.monday))}</text>`,
      );
  });
  const right = left + weeks.length * (barW + gap);
  parts.push(
    // A white line under the black one, so it still reads where it crosses a dark bar (in print and in grey).
    `<line x1="${left}" y1="${y(opts.persistent)}" x2="${right}" y2="${y(opts.persistent)}" stroke="#fff" stroke-width="3.2"/>` +
      `<line x1="${left}" y1="${y(opts.persistent)}" x2="${right}" y2="${y(opts.persistent)}" stroke="#000" stroke-width="1.2" stroke-dasharray="6 3"/>`,
  );
  parts.push(
    `<text x="${right + 4}" y="${y(opts.persistent) + 3}" class="axis">${opts.persistent}% (persistent absence below)</text>`,
  );
  parts.push(
    // A white line under the black one, so it still reads where it crosses a dark bar (in print and in grey).
    `<line x1="${left}" y1="${y(opts.severe)}" x2="${right}" y2="${y(opts.severe)}" stroke="#fff" stroke-width="3.2"/>` +
      `<line x1="${left}" y1="${y(opts.severe)}" x2="${right}" y2="${y(opts.severe)}" stroke="#000" stroke-width="1.2" stroke-dasharray="1.5 2.5"/>`,
  );
  parts.push(
    `<text x="${right + 4}" y="${y(opts.severe) + 3}" class="axis">${opts.severe}% (severe absence below)</text>`,
  );
  const ly = height - 8;
  parts.push(
    `<rect x="${left}" y="${ly - 8}" width="10" height="10" fill="#1f3a5f" stroke="#1a1a1a" stroke-width="0.5"/><text x="${left + 14}" y="${ly}" class="axis">Present</text>`,
  );
  parts.push(
    `<rect x="${left + 70}" y="${ly - 8}" width="10" height="10" fill="url(#${id}-auth)" stroke="#1a1a1a" stroke-width="0.5"/><text x="${left + 84}" y="${ly}" class="axis">Authorised absence</text>`,
  );
  parts.push(
    `<rect x="${left + 190}" y="${ly - 8}" width="10" height="10" fill="url(#${id}-unauth)" stroke="#1a1a1a" stroke-width="0.5"/><text x="${left + 204}" y="${ly}" class="axis">Unauthorised absence</text>`,
  );
  const desc = weeks.length
    ? `Attendance by week: ${weeks.map((w) => `week of ${englishDate(w.monday)}, ${w.present} of ${w.possible} sessions present`).join('; ')}.`
    : 'No attendance marks.';
  return frame(id, width, height + 6, opts.title, desc, parts.join(''));
}

export interface TimelineBar {
  label: string;
  start: string;
  end: string;
  planned: string | null;
  ongoing: boolean;
  reviews: string[];
}

/**
 * Each placement as a bar across the months from the first start to the later of the as-of date and the
 * last end: solid while it ran, outlined to its planned end while it is still running, reviews as
 * diamonds, the as-of date as a line.
 */
export function timelineChart(bars: readonly TimelineBar[], asOf: string, title: string): string {
  const id = nextId();
  const first = Math.min(...bars.map((b) => dayNumber(b.start)!));
  const last = Math.max(
    dayNumber(asOf)!,
    ...bars.map((b) => dayNumber(b.planned ?? b.end)!),
    ...bars.map((b) => dayNumber(b.end)!),
  );
  const labelW = 190,
    plotW = 440,
    rowH = 26,
    top = 30;
  const from = first - 7,
    to = last + 7;
  const x = (iso: string) => labelW + ((dayNumber(iso)! - from) / (to - from)) * plotW;
  const height = top + bars.length * rowH + 24;
  const parts: string[] = [];
  // Month ticks: the first of each month inside the range.
  const start = new Date(from * 864e5);
  const monthW = (30.4 / (to - from)) * plotW;
  let yearShown = false;
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    d.getTime() / 864e5 <= to;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    const iso = d.toISOString().slice(0, 10),
      px = x(iso);
    parts.push(`<line x1="${px}" y1="${top - 4}" x2="${px}" y2="${height - 20}" stroke="#c8c8c8" stroke-width="0.6"/>`);
    // The year on a line of its own above its first month (January, or the first month shown): beside the month
    // it ran into the next month's name where months are narrow. Every other month is named when they are narrower still.
    const month = d.getUTCMonth();
    if (month === 0 || !yearShown) {
      parts.push(`<text x="${px + 2}" y="${top - 19}" class="axis">${d.getUTCFullYear()}</text>`);
      yearShown = true;
    }
    if (monthW >= 22 || month % 2 === 0)
      parts.push(`<text x="${px + 2}" y="${top - 8}" class="axis">${MONTHS[month]}</text>`);
  }
  bars.forEach((b, i) => {
    const cy = top + i * rowH + rowH / 2;
    parts.push(
      `<text x="${labelW - 6}" y="${cy + 3}" text-anchor="end" class="label">${esc(b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label)}</text>`,
    );
    if (b.ongoing && b.planned && b.planned > b.end)
      parts.push(
        `<rect x="${x(b.end)}" y="${cy - 6}" width="${Math.max(1, x(b.planned) - x(b.end))}" height="12" fill="#ffffff" stroke="#1f3a5f" stroke-width="1" stroke-dasharray="3 2"/>`,
      );
    parts.push(
      `<rect x="${x(b.start)}" y="${cy - 6}" width="${Math.max(2, x(b.end) - x(b.start))}" height="12" fill="#6b8cae" stroke="#1f3a5f" stroke-width="1"/>`,
    );
    for (const r of b.reviews) {
      const rx = x(r);
      parts.push(
        `<path d="M${rx} ${cy - 9} L${rx + 5} ${cy} L${rx} ${cy + 9} L${rx - 5} ${cy} Z" fill="#ffffff" stroke="#000" stroke-width="1.2"/>`,
      );
    }
  });
  const ax = x(asOf);
  parts.push(
    `<line x1="${ax}" y1="${top - 4}" x2="${ax}" y2="${height - 20}" stroke="#000" stroke-width="1.2" stroke-dasharray="4 2"/>`,
  );
  parts.push(`<text x="${ax}" y="${height - 8}" text-anchor="middle" class="axis">as of ${esc(short(asOf))}</text>`);
  const desc = bars
    .map(
      (b) =>
        `${b.label}: from ${englishDate(b.start)} ${b.ongoing ? `, still running${b.planned ? `, planned to end ${englishDate(b.planned)}` : ''}` : `to ${englishDate(b.end)}`}; ${b.reviews.length ? `reviews on ${b.reviews.map(englishDate).join(', ')}` : 'no reviews'}.`,
    )
    .join(' ');
  return frame(id, labelW + plotW + 20, height, title, desc, parts.join(''));
}
