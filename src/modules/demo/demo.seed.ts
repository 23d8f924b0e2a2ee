import { withinTransaction, type Database, type Queryable } from '../../server/db/database'
import { takeStartupLock } from '../../server/db/migrate'
import type { Actor } from '../../server/http/access'
import type { Ctx } from '../../server/http/context'
import type { Role } from '../../shared/roles'
import type { CreateCollaborationBody } from '../collaborations'
import { loadGrants } from '../auth'
import { hashPassword } from '../auth'
import { createCollaboration } from '../collaborations'
import { listOrganisations } from '../members'
import { insertUser } from '../users'
import { addUserToCollaboration } from '../users'
import { seedDemoBenefits } from './benefits.seed'
import { seedDemoFinance } from './finance.seed'
import { seedDemoInitiatives } from './initiatives.seed'
import { seedDemoMeetings } from './meetings.seed'
import { seedDemoPlanning } from './planning.seed'
import { seedDemoDecisionBasis } from './decision-basis.seed'
import { seedDemoGovernance } from './governance.seed'
import { seedDemoRisks } from './risks.seed'
import { markDemoCollaborations } from './demo-data.repository'

export const DEMO_PASSWORD = 'samverka-demo-2026'

/** The GVS12 municipalities of Skaraborg (seed 002). */
const GVS12 = ['Grästorp', 'Skara', 'Tibro', 'Tidaholm', 'Hjo', 'Mariestad', 'Töreboda', 'Gullspång', 'Essunga', 'Götene', 'Lidköping', 'Vara']

interface DemoGrant {
  prefix: string
  role: Role
  member?: string
}

/** One demo account per role; the README lists them. */
export const DEMO_USERS: { email: string; name: string; grants: DemoGrant[] }[] = [
  { email: 'samordnare@demo.samverka.se', name: 'Sara Samordnare', grants: ['EN', 'VK', 'GVS', 'FVM', 'ITF', 'GSN'].map((prefix) => ({ prefix, role: 'coordinator' as const })) },
  { email: 'kalix@demo.samverka.se', name: 'Kalle Kalixrepresentant', grants: [{ prefix: 'EN', role: 'member_representative', member: 'Kalix' }] },
  { email: 'lulea@demo.samverka.se', name: 'Lina Luleårepresentant', grants: [{ prefix: 'EN', role: 'member_representative', member: 'Luleå' }] },
  { email: 'pitea@demo.samverka.se', name: 'Petra Piteårepresentant', grants: [{ prefix: 'EN', role: 'member_representative', member: 'Piteå' }] },
  { email: 'ordforande@demo.samverka.se', name: 'Olof Ordförande', grants: [{ prefix: 'EN', role: 'body_member', member: 'Luleå' }] },
  { email: 'ledamot@demo.samverka.se', name: 'Lars Ledamot', grants: [{ prefix: 'EN', role: 'body_member', member: 'Piteå' }] },
  { email: 'sekreterare@demo.samverka.se', name: 'Selma Sekreterare', grants: [{ prefix: 'EN', role: 'secretary' }] },
  { email: 'projektledare@demo.samverka.se', name: 'Pia Projektledare', grants: [{ prefix: 'GVS', role: 'project_manager' }, { prefix: 'EN', role: 'project_manager' }] },
  { email: 'forvaltningsledare@demo.samverka.se', name: 'Fredrik Förvaltningsledare', grants: [{ prefix: 'GVS', role: 'management_lead' }] },
  { email: 'revisor@demo.samverka.se', name: 'Rut Revisor', grants: ['EN', 'VK', 'GVS', 'FVM', 'ITF', 'GSN'].map((prefix) => ({ prefix, role: 'auditor' as const })) },
  { email: 'ekonom@demo.samverka.se', name: 'Eva Ekonom', grants: [{ prefix: 'EN', role: 'finance_officer', member: 'Kalix' }] },
  { email: 'lasare@demo.samverka.se', name: 'Love Läsare', grants: [{ prefix: 'VK', role: 'viewer' }, { prefix: 'FVM', role: 'viewer' }] },
]
export const DEMO_ADMIN = { email: 'admin@demo.samverka.se', name: 'Ada Administratör' }

/**
 * Loads the demo collaborations of SPEC §4 and the demo accounts into an empty database: no collaboration
 * and no account. Once an administrator has removed the demo (or created the first account) it stays away.
 */
export async function seedDemo(database: Database): Promise<boolean> {
  if (!(await isEmpty(database))) return false
  // All or nothing: a start that is stopped half-way leaves an empty database, seeded again next time.
  // Processes started together take turns under the start-up lock; the one that comes second finds the demo there.
  return database.transaction(async (tx) => {
    await takeStartupLock(tx)
    return (await isEmpty(tx)) ? seedInto(withinTransaction(database, tx)) : false
  })
}

const isEmpty = async (db: Queryable) =>
  (await db.query<{ empty: boolean }>('select not exists (select 1 from collaboration) and not exists (select 1 from app_user) as empty'))[0]!.empty

async function seedInto(db: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const adminId = await insertUser(db, { ...DEMO_ADMIN, passwordHash, isAdmin: true, isDemo: true })
  const actor: Actor = { user: { id: adminId, name: DEMO_ADMIN.name, email: DEMO_ADMIN.email, isAdmin: true, locale: 'sv' }, grants: [] }
  const ctx: Ctx = { db, actor, locale: 'sv', onlyMemberIds: null }

  const organisations = await listOrganisations(db, {})
  const municipalities = organisations.filter((o) => o.kind === 'municipality')
  const demoCollaborations: CreateCollaborationBody[] = [
    {
      name: 'Norrbottens e-nämnd',
      prefix: 'EN',
      legalForm: 'gemensam_namnd',
      description: 'Gemensam nämnd för e-utveckling där Norrbottens kommuner utvecklar digitala tjänster tillsammans. Luleå kommun är värdkommun och e-kontoret samordnar arbetet.',
      memberCodes: municipalities.filter((o) => o.countyCode === '25').map((o) => o.code),
      hostCode: municipalities.find((o) => o.name === 'Luleå')!.code,
      joinedOn: '2016-01-01',
    },
    {
      name: 'VästKom',
      prefix: 'VK',
      legalForm: 'ideell_forening',
      description: 'Västra Götalands 49 kommuner i samverkan genom fyra kommunalförbund. En gemensam pott per invånare finansierar handlingsplanen för digitalisering.',
      memberCodes: municipalities.filter((o) => o.countyCode === '14').map((o) => o.code),
      joinedOn: '2019-01-01',
    },
    {
      name: 'GVS12 – gemensamt verksamhetssystem',
      prefix: 'GVS',
      legalForm: 'avtalssamverkan',
      description: 'Tolv skaraborgskommuner som upphandlar och inför ett gemensamt verksamhetssystem med en mallkommun och tre införandeetapper.',
      memberCodes: municipalities.filter((o) => GVS12.includes(o.name)).map((o) => o.code),
      joinedOn: '2021-01-01',
    },
    {
      name: 'IT-forum Stockholms län',
      prefix: 'ITF',
      legalForm: 'ideell_forening',
      description: 'Stockholms läns kommuner samverkar om e-samhället genom treåriga avtal och en årlig handlingsplan. Medlemsavgiften är en fast del och en rörlig del per invånare.',
      memberCodes: municipalities.filter((o) => o.countyCode === '01').map((o) => o.code),
      joinedOn: '2012-01-01',
    },
    {
      name: 'Gemensam servicenämnd i Värmland',
      prefix: 'GSN',
      legalForm: 'gemensam_namnd',
      description: 'Värmlands kommuner i en gemensam nämnd med Karlstad som värdkommun: e-tjänster, gemensamma system, nät och informationssäkerhet. Administrationen delas lika, e-tjänster och bibliotekssystem efter användning.',
      memberCodes: municipalities.filter((o) => o.countyCode === '17').map((o) => o.code),
      hostCode: municipalities.find((o) => o.name === 'Karlstad')!.code,
      joinedOn: '2010-04-01',
    },
  ]
  const collaborations = new Map<string, string>()
  for (const definition of demoCollaborations) {
    // Norrbottens e-nämnd works on its own main process; other collaborations get the neutral default name.
    collaborations.set(definition.prefix, (await createCollaboration(ctx, definition, { defaultProcessNamedAfterTemplate: definition.prefix === 'EN' })).id)
  }

  await seedDemoGovernance(ctx, db, collaborations)
  await seedDemoInitiatives(ctx, db, collaborations)

  // The admin created the collaborations and so coordinates them too, beside the demo coordinator.
  ctx.actor.grants = await loadGrants(db, adminId)
  for (const user of DEMO_USERS) {
    // Demo accounts get the published password directly: adding a new person would send them an invitation.
    await insertUser(db, { email: user.email, name: user.name, passwordHash, isDemo: true })
    for (const grant of user.grants) {
      const collaborationId = collaborations.get(grant.prefix)!
      const memberId = grant.member
        ? (await db.query<{ id: string }>('select id from member where collaboration_id = $1 and name = $2', [collaborationId, grant.member]))[0]!.id
        : null
      await addUserToCollaboration(ctx, collaborationId, { email: user.email, name: user.name, role: grant.role, memberId })
    }
  }
  await seedDemoMeetings(ctx, db, collaborations)
  await seedDemoFinance(ctx, db, collaborations)
  await seedDemoDecisionBasis(ctx, db, collaborations)
  await seedDemoPlanning(ctx, db, collaborations)
  await seedDemoBenefits(ctx, db, collaborations)
  await seedDemoRisks(ctx, db, collaborations)
  // Marked demo (as the accounts are), so an administrator can remove it all in one step before real use.
  await markDemoCollaborations(db, [...collaborations.values()])
  return true
}
