import type { Database } from '../../server/db/database'
import { today } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { CreateRiskBody, createRisk } from '../risks'

const inDays = (days: number) => new Date(Date.parse(`${today()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

type Spec = Omit<Partial<CreateRiskBody>, 'memberId' | 'ownerUserId' | 'nextReview'> & Pick<CreateRiskBody, 'title' | 'category' | 'probabilityBefore' | 'consequenceBefore' | 'strategy'> & { member?: string; owner?: string; reviewInDays: number }

/**
 * The e-archive introduction's register: the change at home in each municipality is where it can fail (GVS12's
 * hardest lesson), next to the technical and supplier risks. One is above the threshold (it escalates to the
 * lowest rung of Norrbotten's chain, E-kontoret) and one review is overdue. Dates are relative to the day the demo
 * is loaded, so the overdue review stays overdue and the others stay ahead.
 */
const E_ARCHIVE: Spec[] = [
  {
    title: 'Arkivpersonalen i Kalix hinner inte utbildas före leveransen',
    category: 'change_management',
    cause: 'Kalix har en arkivarie på deltid, och utbildningen ligger samtidigt som bokslutet.',
    consequence: 'Kalix levererar handlingar med fel struktur och får göra om leveranserna.',
    probabilityBefore: 4,
    consequenceBefore: 3,
    strategy: 'reduce',
    measures: 'Utbildningen delas upp på två halvdagar i januari, och e-kontoret stöttar den första leveransen på plats.',
    probabilityAfter: 2,
    consequenceAfter: 3,
    member: 'Kalix',
    owner: 'Kalle Kalixrepresentant',
    reviewInDays: 40,
  },
  {
    title: 'Kirunas eget beslut om förvaltning dröjer',
    category: 'organisation',
    cause: 'Kiruna har bordlagt ärendet i kommunstyrelsen i väntan på en egen utredning av arkivorganisationen.',
    consequence: 'Kiruna kan inte ansluta i första vågen, och kostnaden per kommun blir högre för de andra under året.',
    probabilityBefore: 3,
    consequenceBefore: 3,
    strategy: 'reduce',
    measures: 'Projektledaren redovisar underlaget för Kirunas kommunstyrelse och svarar på utredningens frågor.',
    member: 'Kiruna',
    owner: 'Pia Projektledare',
    reviewInDays: -6,
  },
  {
    title: 'Leverantören av e-arkivet kan inte ta emot äldre filformat',
    category: 'supplier',
    cause: 'Äldre verksamhetssystem exporterar format som e-arkivets mottagning inte stöder.',
    consequence: 'Handlingar från de äldsta systemen kan inte bevaras digitalt; de skrivs ut eller väntar.',
    probabilityBefore: 4,
    consequenceBefore: 5,
    strategy: 'transfer',
    measures: '',
    ownerName: 'Anna Arkivarie, Bodens kommun',
    reviewInDays: 14,
  },
  {
    title: 'Integrationen mot ärendehanteringen blir försenad',
    category: 'technology',
    cause: 'Flera kommuner byter ärendehanteringssystem under införandet.',
    consequence: 'Automatiska leveranser kommer igång ett halvår senare; manuella leveranser under tiden.',
    probabilityBefore: 3,
    consequenceBefore: 2,
    strategy: 'accept',
    measures: 'Manuell leverans med e-kontorets stöd tills integrationen finns.',
    probabilityAfter: 3,
    consequenceAfter: 1,
    ownerName: 'Anna Arkivarie, Bodens kommun',
    reviewInDays: 60,
  },
  {
    title: 'Personuppgifter i gallringsbara handlingar bevaras för länge',
    category: 'information_security',
    cause: 'Gallringsbesluten skiljer sig mellan kommunerna och är inte inlagda i e-arkivet.',
    consequence: 'Uppgifter sparas utan stöd i lag; risk för anmärkning från IMY.',
    probabilityBefore: 2,
    consequenceBefore: 4,
    strategy: 'avoid',
    measures: 'Gemensam informationshanteringsplan med gallringsfrister innan första leveransen.',
    probabilityAfter: 1,
    consequenceAfter: 4,
    owner: 'Pia Projektledare',
    reviewInDays: 90,
  },
  {
    kind: 'opportunity',
    title: 'Gemensam arkivredovisning sparar tid i alla kommuner',
    category: 'organisation',
    cause: 'En gemensam mall för arkivredovisning tas fram i projektet.',
    consequence: 'Varje kommun slipper ta fram sin egen, och arkivarierna kan ersätta varandra.',
    probabilityBefore: 3,
    consequenceBefore: 3,
    strategy: 'enhance',
    measures: 'Mallen fastställs i beredningsgruppen och används från första leveransen.',
    probabilityAfter: 4,
    consequenceAfter: 3,
    owner: 'Sara Samordnare',
    reviewInDays: 120,
  },
]

export async function seedDemoRisks(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const norrbotten = collaborations.get('EN')!
  const [archive] = await db.query<{ id: string }>('select id from initiative where collaboration_id = $1 and title = $2', [norrbotten, 'E-arkiv'])
  if (!archive) return
  const members = new Map((await db.query<{ id: string; name: string }>('select id, name from member where collaboration_id = $1', [norrbotten])).map((m) => [m.name, m.id]))
  const users = new Map((await db.query<{ id: string; name: string }>('select distinct u.id, u.name from app_user u join role_assignment a on a.user_id = u.id where a.collaboration_id = $1', [norrbotten])).map((u) => [u.name, u.id]))
  for (const { member, owner, reviewInDays, ...spec } of E_ARCHIVE) {
    const body = CreateRiskBody.parse({ kind: 'risk', ...spec, memberId: member ? members.get(member)! : null, ownerUserId: owner ? (users.get(owner) ?? null) : null, ownerName: owner && !users.has(owner) ? owner : (spec.ownerName ?? ''), nextReview: inDays(reviewInDays) })
    await createRisk(ctx, norrbotten, archive.id, body)
  }
}
