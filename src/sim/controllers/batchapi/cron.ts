// CronJob schedules as the CronJob controller parses them (robfig/cron/v3 ParseStandard): five
// fields (minute hour day-of-month month day-of-week) with *, ?, lists, ranges, steps, month and
// weekday names, and the @yearly/@monthly/@weekly/@daily/@hourly descriptors. Times are UTC (the
// engine's clock has no time zones; spec.timeZone is stored, not applied).

export interface CronSchedule {
  minute: Set<number>;
  hour: Set<number>;
  dom: Set<number>;
  month: Set<number>;
  dow: Set<number>;
  /** Day-of-month or day-of-week given as '*' (robfig's star bit: then the other one alone decides). */
  domStar: boolean;
  dowStar: boolean;
}

export class CronParseError extends Error {}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Bounds { min: number; max: number; names?: string[]; namesFrom?: number }

const FIELDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { min: 0, max: 6, names: DAYS, namesFrom: 0 },
];

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};

function parseInt10(text: string, b: Bounds): number {
  const name = b.names?.indexOf(text.toLowerCase()) ?? -1;
  if (name >= 0) return name + (b.namesFrom ?? 0);
  if (!/^\d+$/.test(text)) throw new CronParseError(`failed to parse int from ${text}: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
  return Number(text);
}

function parseField(field: string, b: Bounds): { values: Set<number>; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const part of field.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronParseError(`too many slashes: ${part}`);
    let start: number;
    let end: number;
    if (range === '*' || range === '?') {
      start = b.min;
      end = b.max;
      if (stepText === undefined) star = true;
    } else {
      const [lo, hi, more] = range.split('-');
      if (more !== undefined) throw new CronParseError(`too many hyphens: ${part}`);
      start = parseInt10(lo, b);
      end = hi === undefined ? (stepText === undefined ? start : b.max) : parseInt10(hi, b);
    }
    let step = 1;
    if (stepText !== undefined) {
      step = parseInt10(stepText, { min: 0, max: 0 });
      if (step === 0) throw new CronParseError(`step of range should be a positive number: ${part}`);
    }
    if (start < b.min) throw new CronParseError(`beginning of range (${start}) below minimum (${b.min}): ${part}`);
    if (end > b.max) throw new CronParseError(`end of range (${end}) above maximum (${b.max}): ${part}`);
    if (start > end) throw new CronParseError(`beginning of range (${start}) beyond end of range (${end}): ${part}`);
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return { values, star };
}

export function parseCron(text: string): CronSchedule {
  const trimmed = text.trim();
  const expanded = DESCRIPTORS[trimmed.toLowerCase()] ?? trimmed;
  if (expanded.startsWith('@')) throw new CronParseError(`unrecognized descriptor: ${trimmed}`);
  const fields = expanded.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) throw new CronParseError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const [minute, hour, dom, month, dow] = fields.map((f, i) => parseField(f, FIELDS[i]));
  // Sunday may be written 7 in some crons; robfig rejects it (above maximum), as does the controller.
  return { minute: minute.values, hour: hour.values, dom: dom.values, month: month.values, dow: dow.values, domStar: dom.star, dowStar: dow.star };
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const domMatch = s.dom.has(d.getUTCDate());
  const dowMatch = s.dow.has(d.getUTCDay());
  if (s.domStar || s.dowStar) return domMatch && dowMatch;
  return domMatch || dowMatch;
}

/** The first scheduled time strictly after `afterMs` (whole minutes), or undefined within five years. */
export function nextScheduleAfter(s: CronSchedule, afterMs: number): number | undefined {
  const d = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const limit = afterMs + 5 * 366 * 86_400_000;
  while (d.getTime() <= limit) {
    if (!s.month.has(d.getUTCMonth() + 1)) {
      d.setUTCMonth(d.getUTCMonth() + 1, 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(s, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!s.hour.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!s.minute.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  return undefined;
}
