import { defineTexts } from '../../shared/texts'

/** The collaborations module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const collaborationsErrors = defineTexts(
  {
    prefix_taken: 'Prefixet {prefix} används redan av en annan samverkan. Välj ett annat.',
    host_not_member: 'Värdkommunen måste vara medlem i samverkan.',
    host_not_for_form: 'Ett kommunalförbund, en ideell förening eller ett bolag är en egen juridisk person och har ingen värdkommun. Välj ”Ingen värdkommun”.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    prefix_format: 'Prefixet är 1–10 versaler eller siffror och börjar med en bokstav, t.ex. EN',
  },
  {
    prefix_taken: 'The prefix {prefix} is already used by another collaboration. Choose another one.',
    host_not_member: 'The host municipality must be a member of the collaboration.',
    host_not_for_form: 'A local government federation, an association or a company is a legal person of its own and has no host municipality. Choose “No host municipality”.',
    prefix_format: 'The prefix is 1–10 capital letters or digits and starts with a letter, e.g. EN',
  },
)
