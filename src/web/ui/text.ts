/** "Medlemsrepresentant för Kalix" → "medlemsrepresentant för Kalix", for use inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1)
}
