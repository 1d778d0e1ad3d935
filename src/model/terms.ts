// School terms by name (autumn-2026, spring-2027, summer-2027), for the governors' termly report. With
// term dates, a term is the half-terms whose first day falls in its months (autumn: August to December,
// spring: January to March, summer: April to July); without them, the months themselves.
import type { Calendar } from './calendar.js';
import { UsageError } from './findings.js';

export interface Term {
  id: string;
  name: string;
  start: string;
  end: string;
}

const SEASONS = ['spring', 'summer', 'autumn'] as const;
type Season = (typeof SEASONS)[number];
const seasonOf = (iso: string): Season => {
  const m = Number(iso.slice(5, 7));
  return m >= 8 ? 'autumn' : m >= 4 ? 'summer' : 'spring';
};
const label = (s: Season, y: number) => `${s.charAt(0).toUpperCase()}${s.slice(1)} term ${y}`;
const FALLBACK: Record<Season, [string, string]> = {
  spring: ['01-01', '03-31'],
  summer: ['04-01', '07-31'],
  autumn: ['08-01', '12-31'],
};

function termOf(calendar: Calendar, season: Season, year: number): Term {
  const halves = calendar
    .halfTerms()
    .filter((h) => seasonOf(h.start) === season && Number(h.start.slice(0, 4)) === year);
  const [a, b] = FALLBACK[season];
  return {
    id: `${season}-${year}`,
    name: label(season, year),
    start: halves[0]?.start ?? `${year}-${a}`,
    end: halves.at(-1)?.end ?? `${year}-${b}`,
  };
}

/** The term named by an id such as autumn-2026; a malformed id is a mistake the user can fix. */
export function termById(calendar: Calendar, id: string): Term {
  const m = /^(autumn|spring|summer)-(\d{4})$/.exec(id.trim().toLowerCase());
  if (!m)
    throw new UsageError(`term "${id}" is not a term: write it as autumn-2026, spring-2027 or summer-2027.`, 'term');
  return termOf(calendar, m[1] as Season, Number(m[2]));
}

/** The term holding `asOf` (in a holiday, the term just ended). */
export function termOn(calendar: Calendar, asOf: string): Term {
  const halves = calendar.halfTerms();
  const current = [...halves].reverse().find((h) => h.start <= asOf);
  const iso = current?.start ?? asOf;
  return termOf(calendar, seasonOf(iso), Number(iso.slice(0, 4)));
}

/** The term before, and the term after. */
export function previousTerm(calendar: Calendar, t: Term): Term {
  const [season, year] = t.id.split('-') as [Season, string];
  const i = SEASONS.indexOf(season);
  return i === 0 ? termOf(calendar, 'autumn', Number(year) - 1) : termOf(calendar, SEASONS[i - 1], Number(year));
}
export function nextTerm(calendar: Calendar, t: Term): Term {
  const [season, year] = t.id.split('-') as [Season, string];
  const i = SEASONS.indexOf(season);
  return i === 2 ? termOf(calendar, 'spring', Number(year) + 1) : termOf(calendar, SEASONS[i + 1], Number(year));
}
