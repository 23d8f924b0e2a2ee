import { defineTexts } from '../../shared/texts'

/** The attachments module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const attachmentsErrors = defineTexts(
  {
    attachment_empty: 'Filen är tom.',
    attachment_confidential: 'Filen hör till en handling som omfattas av sekretess och lämnas inte ut här.',
  },
  {
    attachment_empty: 'The file is empty.',
    attachment_confidential: 'The file belongs to a confidential record and is not given out here.',
  },
)
