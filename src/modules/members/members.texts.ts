import { defineTexts } from '../../shared/texts'

/** The members module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const membersErrors = defineTexts(
  {
    unknown_organisation: 'Det finns ingen kommun eller region med koden {code}.',
    member_already_in: '{name} är redan medlem i samverkan.',
    left_before_joined: 'Utträdesdatum kan inte vara före inträdesdatum.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    municipality_code_format: 'En kommunkod har 4 siffror, en länskod 2',
    org_number_format: 'Organisationsnummer skrivs NNNNNN-NNNN',
  },
  {
    unknown_organisation: 'There is no municipality or region with the code {code}.',
    member_already_in: '{name} is already a member of the collaboration.',
    left_before_joined: 'The leave date cannot be before the join date.',
    municipality_code_format: 'A municipality code has 4 digits, a county code 2',
    org_number_format: 'An organisation number is written NNNNNN-NNNN',
  },
)
