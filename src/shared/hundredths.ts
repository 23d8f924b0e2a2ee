/**
 * A figure typed or imported as text → integer hundredths of its unit (öre for kronor), exactly, for the web's
 * forms and the server's file imports alike: "1234,5", "1 234,50", "1234.50", "-12" → 123450, 123450, 123450, -1200.
 * Null when it is not such a number (letters, more than two decimals, empty, beyond a safe integer).
 */
export function parseHundredths(text: string): number | null {
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-'))
  if (!match) return null
  const value = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'))
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return null
  return match[1] && value !== 0n ? -Number(value) : Number(value)
}
