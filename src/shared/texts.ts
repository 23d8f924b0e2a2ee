/** The two languages of Samverka: Swedish first, English second. */
export type Locale = 'sv' | 'en'

/** A set of texts in both languages; the English must have exactly the keys the Swedish has. */
export type Catalogue<K extends string = string> = Record<Locale, Record<K, string>>

/** Declares a module's texts: Swedish first, English checked by the compiler against it. */
export function defineTexts<const T extends Record<string, string>>(sv: T, en: Record<keyof T, string>): Catalogue<Extract<keyof T, string>> {
  return { sv, en } as Catalogue<Extract<keyof T, string>>
}

/** Puts the parameters into a text's `{name}` places; a missing parameter becomes empty. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
}
