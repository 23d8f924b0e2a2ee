import type { Language } from '../i18n'

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE')

/** "November" / "November": a month's name (1–12), capitalised as a heading. */
export function monthName(month: number, language: Language): string {
  const name = new Intl.DateTimeFormat(locale(language), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)))
  return name.charAt(0).toLocaleUpperCase(locale(language)) + name.slice(1)
}

/** "2026-11" → "November 2026". */
export function monthHeading(yearMonth: string, language: Language): string {
  const [year, month] = yearMonth.split('-').map(Number)
  return `${monthName(month ?? 1, language)} ${year ?? ''}`
}
