import { defineTexts } from '../../shared/texts'

/** The cases module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const casesErrors = defineTexts(
  {
    confidentiality_ground_required: 'Ange grunden för sekretess, t.ex. OSL 19 kap. 3 §.',
    unknown_classification_code: 'Koden {code} finns inte i klassificeringsstrukturen.',
    duplicate_classification_code: 'Koden finns redan i klassificeringsstrukturen.',
    case_number_missing_year: 'Formatet måste innehålla {year}.',
    case_number_missing_seq: 'Formatet måste innehålla löpnumret, {seq} eller t.ex. {seq:4}.',
    case_number_unknown_token: 'Formatet får bara innehålla {prefix}, {year}, {seq}, {seq:N} och {code}.',
    case_status_not_allowed: 'Ett ärende som är {from} kan inte bli {to}.',
  },
  {
    confidentiality_ground_required: 'Give the ground for confidentiality, e.g. OSL 19 kap. 3 §.',
    unknown_classification_code: 'The code {code} is not in the classification scheme.',
    duplicate_classification_code: 'The code is already in the classification scheme.',
    case_number_missing_year: 'The format must contain {year}.',
    case_number_missing_seq: 'The format must contain the running number, {seq} or e.g. {seq:4}.',
    case_number_unknown_token: 'The format may contain only {prefix}, {year}, {seq}, {seq:N} and {code}.',
    case_status_not_allowed: 'A case that is {from} cannot become {to}.',
  },
)
