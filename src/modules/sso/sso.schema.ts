import { z } from 'zod'
import { rawText, text, version } from '../../shared/schema'

/** A claim's name in an ID token or userinfo answer (`email`, `upn`, `preferred_username` …). */
const claimName = text(100).regex(/^[A-Za-z0-9_.:-]+$/, 'claim_name_format').min(1)

/** What an administrator sees of a provider: never the client secret. */
export const IdentityProvider = z.object({
  id: z.uuid(),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  emailClaim: z.string(),
  nameClaim: z.string(),
  trustEmail: z.boolean(),
  enabled: z.boolean(),
  memberId: z.uuid().nullable(),
  /** The member and its collaboration, to show what the binding means. */
  memberName: z.string().nullable(),
  collaborationName: z.string().nullable(),
  /** Where the provider must send people back: registered at the provider. */
  redirectUri: z.string(),
  version: z.number().int(),
})
export type IdentityProvider = z.infer<typeof IdentityProvider>

const providerFields = {
  name: text(100).min(2),
  issuer: text(500).url(),
  clientId: text(500).min(1),
  emailClaim: claimName.default('email'),
  nameClaim: claimName.default('name'),
  trustEmail: z.boolean().default(false),
  enabled: z.boolean().default(true),
  memberId: z.uuid().nullable().default(null),
}

export const CreateProviderBody = z.object({ ...providerFields, clientSecret: rawText(2000).min(1) })
export type CreateProviderBody = z.infer<typeof CreateProviderBody>

/** The secret is write-only: left out, the stored one stays. */
export const UpdateProviderBody = z.object({ ...providerFields, clientSecret: rawText(2000).min(1).optional(), version })
export type UpdateProviderBody = z.infer<typeof UpdateProviderBody>

export const ProviderParams = z.object({ providerId: z.uuid() })

/** The callback's query as the provider sends it; anything else is ignored, and oddities end as a refused login. */
export const CallbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(500).optional(),
}).loose()

export const LoginOptions = z.object({
  /** Enabled providers, for the login page's buttons. */
  providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** False when the installation has turned off Samverka passwords (SAMVERKA_PASSWORD_LOGIN=0). */
  passwordLogin: z.boolean(),
})
export type LoginOptions = z.infer<typeof LoginOptions>

/** A member a provider may be bound to, named with its collaboration. */
export const MemberChoice = z.object({ id: z.uuid(), name: z.string(), collaborationName: z.string() })
