import { z } from 'zod'
import { isoDate, text, version } from '../../shared/schema'
import { PageQuery, paged } from '../../server/http/paging'


export const CASE_STATUSES = ['registered', 'in_preparation', 'ready_for_decision', 'decided', 'closed'] as const
export const DIRECTIONS = ['incoming', 'outgoing', 'internal'] as const

/** Confidential records show their ground; readers without a role see no more than that. */
const confidentiality = {
  confidential: z.boolean(),
  /** The ground in the Public Access to Information and Secrecy Act, e.g. "OSL 19 kap. 3 §". */
  confidentialityGround: z.string(),
}

export const RegisterEntry = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  /** The case number and the entry's order in it: `EN 2026/0012-3`. */
  number: z.string(),
  registeredOn: isoDate,
  direction: z.enum(DIRECTIONS),
  counterpart: z.string(),
  description: z.string(),
  attachment: z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() }).nullable(),
  ...confidentiality,
  /** True when details were withheld from this reader. */
  withheld: z.boolean(),
})

export const CaseDecision = z.object({ meetingId: z.uuid(), bodyName: z.string(), paragraph: z.number().int(), year: z.number().int(), outcome: z.enum(['approve', 'reject', 'defer']), decidedOn: isoDate })

export const Case = z.object({
  id: z.uuid(),
  number: z.string(),
  year: z.number().int(),
  classificationCode: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  /** The proposed decision (förslag till beslut) the deciding body starts from. */
  proposedDecision: z.string(),
  status: z.enum(CASE_STATUSES),
  preparingBodyId: z.uuid().nullable(),
  preparingBodyName: z.string().nullable(),
  decidingBodyId: z.uuid().nullable(),
  decidingBodyName: z.string().nullable(),
  initiativeId: z.uuid().nullable(),
  initiativeTitle: z.string().nullable(),
  ...confidentiality,
  withheld: z.boolean(),
  registeredOn: isoDate,
  entries: z.array(RegisterEntry),
  decisions: z.array(CaseDecision),
  version,
})
export type Case = z.infer<typeof Case>

/** A case as the list shows it: its texts, register entries and decisions are on the case's own page. */
export const CaseSummary = Case.omit({ description: true, proposedDecision: true, entries: true, decisions: true })
export const CaseList = paged(CaseSummary)

const confidentialityInput = {
  confidential: z.boolean().default(false),
  confidentialityGround: text(200).default(''),
}

export const CreateCaseBody = z.object({
  title: text(300).min(3),
  description: text(8000).default(''),
  classificationCode: text(40).nullable().default(null),
  preparingBodyId: z.uuid().nullable().default(null),
  decidingBodyId: z.uuid().nullable().default(null),
  initiativeId: z.uuid().nullable().default(null),
  registeredOn: isoDate.optional(),
  ...confidentialityInput,
})
export type CreateCaseBody = z.infer<typeof CreateCaseBody>

export const UpdateCaseBody = z.object({
  version,
  title: text(300).min(3),
  description: text(8000),
  /** Left as it is when not sent. */
  proposedDecision: text(8000).optional(),
  status: z.enum(CASE_STATUSES),
  preparingBodyId: z.uuid().nullable(),
  decidingBodyId: z.uuid().nullable(),
  initiativeId: z.uuid().nullable(),
  confidential: z.boolean(),
  confidentialityGround: text(200),
})
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>

export const CreateRegisterEntryBody = z.object({
  registeredOn: isoDate.optional(),
  direction: z.enum(DIRECTIONS),
  counterpart: text(300).default(''),
  description: text(1000).min(3),
  attachmentId: z.uuid().nullable().default(null),
  ...confidentialityInput,
})
export type CreateRegisterEntryBody = z.infer<typeof CreateRegisterEntryBody>

export const CaseListQuery = PageQuery.extend({
  status: z.enum(CASE_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  decidingBodyId: z.uuid().optional(),
  q: text(200).optional(),
})

export const RegisterQuery = PageQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional(), q: text(200).optional() })
export const RegisterList = paged(RegisterEntry)

export const CaseSettings = z.object({
  caseNumberFormat: text(60).min(3),
  classification: z.array(z.object({ code: text(40).min(1), title: text(200).min(1) })).max(500),
  /** How the next case would be numbered, for the settings form. */
  example: z.string(),
})
export const UpdateCaseSettingsBody = CaseSettings.omit({ example: true })

export const CaseParams = z.object({ collaborationId: z.uuid(), caseId: z.uuid() })
