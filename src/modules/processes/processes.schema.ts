import { z } from 'zod'
import { rawText, text, version } from '../../shared/schema'

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, 'key_format').max(60)
const longText = rawText(4000)

/** One field of a document type: documents are structured forms, not just files. */
export const DocumentField = z.object({
  key,
  labelSv: rawText(200).min(1),
  labelEn: rawText(200).min(1),
  kind: z.enum(['text', 'textarea', 'date', 'number', 'amount']),
  required: z.boolean(),
})

export const DocumentType = z.object({
  key,
  nameSv: rawText(200).min(1),
  nameEn: rawText(200).min(1),
  fields: z.array(DocumentField).max(40),
})
export type DocumentType = z.infer<typeof DocumentType>

/** What an initiative needs to leave a phase. */
export const Gate = z.object({
  nameSv: rawText(200).min(1),
  nameEn: rawText(200).min(1),
  /** Decision kinds (keys in the collaboration's catalogue) that must be approved; who decides comes from governance. */
  decisionKinds: z.array(key).max(5),
  /** Every participating member must take the same decision in its own assembly (likalydande beslut). */
  requiresMemberDecisions: z.boolean(),
  minParticipants: z.number().int().min(1).max(400).default(2),
  /** Every participating member must have entered a baseline for every benefit indicator (and there is at least one). */
  requiresBaselines: z.boolean().default(false),
  /** Document type keys that must exist as a final version. */
  requiredDocuments: z.array(key).max(20),
})
export type Gate = z.infer<typeof Gate>

export const Phase = z.object({
  key,
  nameSv: rawText(200).min(1),
  nameEn: rawText(200).min(1),
  description: longText.default(''),
  principles: longText.default(''),
  organisation: longText.default(''),
  financing: longText.default(''),
  staffing: longText.default(''),
  documentTypes: z.array(DocumentType).max(20),
  /** Leaving the last phase through its gate completes the initiative; a phase without a gate is an end. */
  gate: Gate.nullable(),
})
export type Phase = z.infer<typeof Phase>

export const ProcessDefinition = z.object({ phases: z.array(Phase).min(1).max(12) })
export type ProcessDefinition = z.infer<typeof ProcessDefinition>

export const ProcessModel = z.object({
  id: z.uuid(),
  /** Every version of one model shares its lineage. */
  lineageId: z.uuid(),
  version,
  latest: z.boolean(),
  isDefault: z.boolean(),
  templateKey: z.string().nullable(),
  nameSv: z.string(),
  nameEn: z.string(),
  description: z.string(),
  definition: ProcessDefinition,
  createdAt: z.string(),
  createdBy: z.string(),
  /** How many initiatives run under this very version. */
  initiatives: z.number().int(),
})
export type ProcessModel = z.infer<typeof ProcessModel>

export const ProcessTemplate = z.object({
  key: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  description: z.string(),
  definition: ProcessDefinition,
})

export const ProcessesResponse = z.object({ models: z.array(ProcessModel), templates: z.array(ProcessTemplate) })

export const CopyProcessBody = z
  .object({
    fromTemplateKey: text(60).optional(),
    fromModelId: z.uuid().optional(),
    nameSv: text(200).min(1),
    nameEn: text(200).min(1),
    isDefault: z.boolean().default(false),
  })
  .refine((body) => Boolean(body.fromTemplateKey) !== Boolean(body.fromModelId), { path: ['fromTemplateKey'], message: 'one_source' })

/** Saving an edit makes a new version; `version` is the one the editor started from. */
export const ReviseProcessBody = z.object({
  version,
  nameSv: text(200).min(1),
  nameEn: text(200).min(1),
  description: longText,
  isDefault: z.boolean(),
  definition: ProcessDefinition,
})
export type ReviseProcessBody = z.infer<typeof ReviseProcessBody>

export const ProcessParams = z.object({ collaborationId: z.uuid(), processModelId: z.uuid() })
