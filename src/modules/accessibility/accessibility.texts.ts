import { defineTexts } from '../../shared/texts'

/** The accessibility module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const accessibilityErrors = defineTexts(
  {
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    description_too_short: 'Beskriv problemet med minst 10 tecken',
  },
  {
    description_too_short: 'Describe the problem in at least 10 characters',
  },
)
