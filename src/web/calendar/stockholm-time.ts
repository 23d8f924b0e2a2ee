/** Swedish wall-clock time to an ISO timestamp with the right offset (+01:00 in winter, +02:00 in summer). */

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })

/** Minutes east of UTC in Sweden at the instant, read from Intl ("GMT+02:00" → 120). */
export function stockholmOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * "2026-11-24", "13:30" → "2026-11-24T13:30:00+01:00". The offset is taken at the instant itself, so a date on
 * either side of a daylight-saving change gets its own; null when the date or time is not valid.
 */
export function stockholmIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim())
  if (!d || !t) return null
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])]
  if (hour > 23 || minute > 59) return null
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(wall)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  // First guess with the offset at the wall time read as UTC, then once more at the instant that gives.
  let offset = stockholmOffsetMinutes(new Date(wall))
  offset = stockholmOffsetMinutes(new Date(wall - offset * 60_000))
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** "13:30" in Swedish time, from an ISO timestamp. */
export function stockholmTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
}

/** "2026-11" in Swedish time, from an ISO timestamp: the month a meeting belongs to. */
export function stockholmMonth(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(new Date(iso))
}
