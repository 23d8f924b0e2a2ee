// The appeal period for a municipal decision: three weeks from the day the notice that the
// minutes were approved was posted (kommunallagen 13 kap. 5 §), moved forward past days on which
// the act cannot be done (lagen (1930:173) om beräkning av lagstadgad tid). Dates are ISO
// `YYYY-MM-DD` strings and all arithmetic is in UTC so the server's zone never shifts a day.

const DAY_MS = 86_400_000
const APPEAL_DAYS = 21

function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  // Date.UTC rolls 2026-02-30 into March; a round trip catches that.
  if (Number.isNaN(ms) || formatDate(ms) !== date) throw new RangeError(`Not an ISO date: ${date}`)
  return ms
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function ymd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day)
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return formatDate(ymd(year, month, day))
}

/** The Saturday in the seven days from `month`/`firstDay`; midsommardagen and alla helgons dag float so. */
function saturdayFrom(year: number, month: number, firstDay: number): number {
  const first = ymd(year, month, firstDay)
  const daysToSaturday = (6 - new Date(first).getUTCDay() + 7) % 7
  return first + daysToSaturday * DAY_MS
}

/**
 * The public holidays of a year plus midsommarafton, julafton and nyårsafton, which the
 * 1930 act treats like holidays. Sorted ISO dates.
 */
export function swedishHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Not a year: ${year}`)
  const easter = parseDate(easterSunday(year))
  const midsummerDay = saturdayFrom(year, 6, 20)
  const days = [
    ymd(year, 1, 1), // nyårsdagen
    ymd(year, 1, 6), // trettondedag jul
    easter - 2 * DAY_MS, // långfredagen
    easter, // påskdagen
    easter + DAY_MS, // annandag påsk
    ymd(year, 5, 1), // första maj
    easter + 39 * DAY_MS, // Kristi himmelsfärdsdag
    easter + 49 * DAY_MS, // pingstdagen
    ymd(year, 6, 6), // Sveriges nationaldag
    midsummerDay - DAY_MS, // midsommarafton
    midsummerDay, // midsommardagen
    saturdayFrom(year, 10, 31), // alla helgons dag
    ymd(year, 12, 24), // julafton
    ymd(year, 12, 25), // juldagen
    ymd(year, 12, 26), // annandag jul
    ymd(year, 12, 31), // nyårsafton
  ]
  return [...new Set(days)].sort((x, y) => x - y).map(formatDate)
}

// Each year's list is computed once; the rolling loop below asks for the same year repeatedly.
const holidayCache = new Map<number, ReadonlySet<string>>()

function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year)
  if (!set) {
    set = new Set(swedishHolidays(year))
    holidayCache.set(year, set)
  }
  return set
}

/** Saturday, Sunday, a public holiday, midsommarafton, julafton or nyårsafton. */
export function isNonWorkingDay(date: string): boolean {
  const ms = parseDate(date)
  const weekday = new Date(ms).getUTCDay()
  if (weekday === 0 || weekday === 6) return true
  return holidaysOf(new Date(ms).getUTCFullYear()).has(date)
}

/** The last day on which an appeal can be lodged, given the day the notice was posted. */
export function appealPeriodEnds(noticeDate: string): string {
  let ms = parseDate(noticeDate) + APPEAL_DAYS * DAY_MS
  while (isNonWorkingDay(formatDate(ms))) ms += DAY_MS
  return formatDate(ms)
}
