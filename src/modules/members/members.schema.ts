import { z } from 'zod'
import { isoDate, text, version } from '../../shared/schema'
import { MEMBER_KINDS } from '../../shared/roles'


export const Organisation = z.object({
  code: z.string(),
  kind: z.enum(['municipality', 'region']),
  name: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
  populationDate: isoDate.nullable(),
})
export type Organisation = z.infer<typeof Organisation>

export const OrganisationQuery = z.object({
  q: text(100).optional(),
  county: z.string().regex(/^\d{2}$/).optional(),
  kind: z.enum(['municipality', 'region']).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
})

export const County = z.object({
  code: z.string(),
  name: z.string(),
  regionName: z.string(),
  municipalityCount: z.number().int(),
  population: z.number().int().nullable(),
})

export const PopulationYear = z.object({ year: z.number().int(), measuredOn: isoDate, organisations: z.number().int() })

export const Member = z.object({
  id: z.uuid(),
  kind: z.enum(MEMBER_KINDS),
  code: z.string().nullable(),
  name: z.string(),
  countyName: z.string().nullable(),
  orgNumber: z.string().nullable(),
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
  populationDate: isoDate.nullable(),
  joinedOn: isoDate,
  leftOn: isoDate.nullable(),
  isHost: z.boolean(),
  contactName: z.string(),
  contactEmail: z.string(),
  version,
})
export type Member = z.infer<typeof Member>

export const MemberListQuery = z.object({
  includeLeft: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
})

export const MemberListResponse = z.object({
  members: z.array(Member),
  /** The population year shown; the latest one loaded unless the query names another. */
  populationYear: z.number().int().nullable(),
  /** Every member's population summed: the base of the population shares. */
  totalPopulation: z.number().int(),
  /** Inhabitants covered, each once (a region counts only where none of its municipalities is a member). */
  inhabitantsCovered: z.number().int(),
})

export const AddMembersBody = z.union([
  z.object({
    kind: z.literal('reference'),
    /** Official codes: 4 digits for a municipality, 2 for a region. */
    codes: z.array(z.string().regex(/^\d{2}(\d{2})?$/, 'municipality_code_format')).min(1).max(400),
    joinedOn: isoDate,
  }),
  z.object({
    kind: z.enum(['county_board', 'university', 'company', 'other']),
    name: text(200).min(2),
    orgNumber: text(20).regex(/^\d{6}-?\d{4}$/, 'org_number_format').optional(),
    joinedOn: isoDate,
  }),
])
export type AddMembersBody = z.infer<typeof AddMembersBody>

export const UpdateMemberBody = z.object({
  version,
  joinedOn: isoDate.optional(),
  leftOn: isoDate.nullable().optional(),
  contactName: text(200).optional(),
  contactEmail: z.union([z.literal(''), text(254).email()]).optional(),
})
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>

export const MemberParams = z.object({ collaborationId: z.uuid(), memberId: z.uuid() })
