import type { Locale } from '../../server/http/messages'

// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|CriOS|Chromium|HeadlessChrome)\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
]
// Android and iOS before Linux and macOS: their user agents name those too.
const systems: [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
]

/** A person-readable name for the device behind a user agent, such as "Chrome på Windows": enough to tell one's sessions apart. */
export function describeDevice(userAgent: string | null | undefined, locale: Locale): string {
  const ua = userAgent ?? ''
  const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1]
  const system = systems.find(([pattern]) => pattern.test(ua))?.[1]
  const on = locale === 'en' ? 'on' : 'på'
  if (browser && system) return `${browser} ${on} ${system}`
  if (browser ?? system) return (browser ?? system)!
  return locale === 'en' ? 'Unknown browser' : 'Okänd webbläsare'
}
