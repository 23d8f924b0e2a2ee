import { z } from 'zod'
import { rawText, text } from '../../shared/schema'

export const SetupStatusResponse = z.object({
  /** True while the database has no account at all: the setup page may create the first administrator. */
  needed: z.boolean(),
})

export const SetupBody = z.object({
  /** The one-time token from the link printed at the first start. */
  token: rawText(100).min(1),
  email: text(254).toLowerCase().email(),
  name: text(200).min(2),
  password: rawText(200).min(12, 'password_too_short'),
})
export type SetupBody = z.infer<typeof SetupBody>
