import { z } from 'zod'

export const BasisParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid() })
export const VersionParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid(), versionId: z.uuid() })
/** `memberId` gives that member's variant (its likalydande beslut): the same proposal plus its own cost and benefits. */
export const VariantQuery = z.object({ memberId: z.uuid().optional() })

const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('numbered'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), caption: z.string(), columns: z.array(z.string()), numeric: z.array(z.boolean()), rows: z.array(z.array(z.string())), total: z.array(z.string()).nullable() }),
])

export const BasisSection = z.object({
  key: z.enum(['background', 'benefits', 'activities', 'costs', 'risks', 'alternatives', 'proposal', 'unmet', 'member']),
  heading: z.string(),
  blocks: z.array(Block),
})

export const BasisVersion = z.object({
  id: z.uuid(),
  number: z.number().int(),
  phaseKey: z.string(),
  /** SHA-256 of the frozen content's canonical serialisation, in hex: printed in the documents. */
  contentHash: z.string(),
  /** Its number in the register (diarium), e.g. "NEN 2026/0004-3". */
  registerNumber: z.string().nullable(),
  dispatchedBy: z.string(),
  dispatchedAt: z.string(),
  /** The agenda items (and so their §§) that refer to this version, linked when it was dispatched. */
  agendaItemIds: z.array(z.uuid()).optional(),
})
export const BasisVersions = z.array(BasisVersion)

export const BasisPreview = z.object({
  initiativeId: z.uuid(),
  title: z.string(),
  subtitle: z.string(),
  date: z.string(),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  /** Whether the initiative is at a gate, so that a basis can be dispatched. */
  atGate: z.boolean(),
  gateName: z.string().nullable(),
  sections: z.array(BasisSection),
  unmet: z.array(z.string()),
  /** Every participating member's exact share, in öre, by year and in total; they and `unallocatedOre` sum to `totalOre`. */
  costs: z.object({
    years: z.array(z.number().int()),
    totalOre: z.number().int(),
    unallocatedOre: z.number().int(),
    perMember: z.array(z.object({ memberId: z.string(), name: z.string(), byYear: z.array(z.number().int()), totalOre: z.number().int() })),
  }),
  /** The members a variant can be had for (for a member representative: its own only). */
  variants: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  /** The hash the draft would be frozen with if dispatched now (it changes when what it is assembled from changes). */
  draftHash: z.string(),
  versions: BasisVersions,
})
