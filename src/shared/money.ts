/**
 * Amounts typed the Swedish way ("1 234 567,50", "1234567.5 kr", "-1 500") read as integer öre, by string
 * parsing only: no floating point comes near money. Null when the text is not an amount.
 */
export function parseKronor(text: string, { allowNegative = false }: { allowNegative?: boolean } = {}): number | null {
  // Spaces of every kind group thousands; "kr" and ":-" may follow the figure.
  const cleaned = text
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/(kr|:-)$/i, '')
    .replace(/\u2212/g, '-')
  const match = /^(-?)(\d+)(?:[,.](\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const [, sign, whole, fraction = ''] = match
  if (sign && !allowNegative) return null
  const ore = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0') || '0')
  if (ore > BigInt(Number.MAX_SAFE_INTEGER)) return null
  const value = Number(ore)
  return sign && value !== 0 ? -value : value
}

/** Integer öre → "1234567,50" for a form field (no grouping, so it reads back exactly). */
export function oreToInput(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return ''
  const sign = ore < 0 ? '-' : ''
  const abs = Math.abs(ore)
  const rest = abs % 100
  return `${sign}${Math.floor(abs / 100)}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`
}

/** A decimal typed with comma or point ("48,5") as a number; null when it is not one. For öre per inhabitant and hours. */
export function parseDecimal(text: string, maxDecimals = 3): number | null {
  const cleaned = text.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(',', '.')
  if (!new RegExp(`^\\d+(\\.\\d{1,${maxDecimals}})?$`).test(cleaned)) return null
  return Number(cleaned)
}

/** hours × rate rounded half up to the öre, as the API values in-kind hours: in whole hundredths of an hour, so exactly. */
export function inKindValueOre(hours: number, rateOre: number): number {
  const hundredths = BigInt(Math.round(hours * 100))
  return Number((hundredths * BigInt(rateOre) + 50n) / 100n)
}
