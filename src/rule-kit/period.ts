/**
 * Planning periods and calendar days as rules need them: "2027-Q1", "Q1 2027",
 * "2027-H2", "H2 2027", "2027", "2027-03" become a first and last day, so a due
 * date can be checked against them. Days are ISO strings, which compare in order.
 */

export interface PlanningPeriod {
  /** The period as written. */
  label: string;
  /** First and last day, as YYYY-MM-DD. */
  start: string;
  end: string;
}

const QUARTER = /^(?:(\d{4})[\s\-/]*q([1-4])|q([1-4])[\s\-/]*(\d{4}))$/i;
const HALF = /^(?:(\d{4})[\s\-/]*h([12])|h([12])[\s\-/]*(\d{4}))$/i;
const YEAR = /^(?:fy\s*)?(\d{4})$/i;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The period's first and last day, or undefined when it is written some other way. */
export function parsePeriod(text: string): PlanningPeriod | undefined {
  const label = text.trim();
  let match = QUARTER.exec(label);
  if (match) {
    const year = Number(match[1] ?? match[4]);
    const quarter = Number(match[2] ?? match[3]);
    return span(label, year, (quarter - 1) * 3 + 1, quarter * 3);
  }
  match = HALF.exec(label);
  if (match) {
    const year = Number(match[1] ?? match[4]);
    const half = Number(match[2] ?? match[3]);
    return span(label, year, half === 1 ? 1 : 7, half === 1 ? 6 : 12);
  }
  match = MONTH.exec(label);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? span(label, Number(match[1]), month, month) : undefined;
  }
  // "FY2027" is read as the calendar year; fiscal years that start elsewhere are the user's to state as quarters.
  match = YEAR.exec(label);
  if (match) return span(label, Number(match[1]), 1, 12);
  return undefined;
}

function span(label: string, year: number, firstMonth: number, lastMonth: number): PlanningPeriod {
  return { label, start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, daysInMonth(year, lastMonth)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar day written YYYY-MM-DD, normalised; undefined for anything else ("2027-02-30"). */
export function parseIsoDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return isoDay(year, month, day);
}

/** Whether an ISO day falls inside the period, both ends included. */
export function periodContains(period: PlanningPeriod, isoDate: string): boolean {
  return isoDate >= period.start && isoDate <= period.end;
}
