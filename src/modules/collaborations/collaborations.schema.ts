import { z } from 'zod'
import { isoDate, text, version } from '../../shared/schema'
import { LEGAL_FORMS, ROLES } from '../../shared/roles'

const prefix = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,9}$/, 'prefix_format')

export const Collaboration = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  legalForm: z.enum(LEGAL_FORMS),
  description: z.string(),
  hostMemberId: z.uuid().nullable(),
  hostMemberName: z.string().nullable(),
  /** Whether the records are public: always for public authorities, otherwise as chosen. */
  recordsPublic: z.boolean(),
  /** The choice made for a form that is not a public authority; null means the form's default. */
  recordsPublicSetting: z.boolean().nullable(),
  memberCount: z.number().int(),
  /** Inhabitants covered, each counted once (see members' population totals). */
  inhabitantsCovered: z.number().int(),
  /** Loaded with the demo, and removed with it (Administration → Demodata). */
  isDemo: z.boolean(),
  createdAt: z.string(),
  version,
})
export type Collaboration = z.infer<typeof Collaboration>

export const CollaborationSummary = Collaboration.extend({ myRoles: z.array(z.enum(ROLES)) })

export const CreateCollaborationBody = z.object({
  name: text(200).min(3),
  prefix,
  legalForm: z.enum(LEGAL_FORMS),
  description: text(5000).default(''),
  /** Official codes of the municipalities and regions that are members from the start. */
  memberCodes: z.array(z.string().regex(/^\d{2}(\d{2})?$/)).max(400).default([]),
  joinedOn: isoDate,
  /** The host (värdkommun), by official code; it must be among the members. */
  hostCode: z.string().regex(/^\d{2}(\d{2})?$/).optional(),
})
export type CreateCollaborationBody = z.infer<typeof CreateCollaborationBody>

export const UpdateCollaborationBody = z.object({
  version,
  name: text(200).min(3).optional(),
  prefix: prefix.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  description: text(5000).optional(),
  hostMemberId: z.uuid().nullable().optional(),
  recordsPublicSetting: z.boolean().nullable().optional(),
})
export type UpdateCollaborationBody = z.infer<typeof UpdateCollaborationBody>
