import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { addMeasurement, createEffect, createIndicator, saveMemberFigures } from '../benefits'
import type { IndicatorBody } from '../benefits'

/**
 * Benefits of Norrbotten's two initiatives in management: the e-service platform (live since the management
 * gate of 2018-10-24) and the social-services system (since 2021-04-21). Each member's baseline is measured just
 * before go-live and followed up yearly or half-yearly after it; the figures are illustrative, not sourced.
 */

type Member = { name: string; baseline: number; target: number; measured: number[] }
interface DemoIndicator {
  indicator: IndicatorBody
  baselineDate: string
  targetDate: string
  source: string
  /** The dates of the measurements, in the order of each member's `measured`. */
  measuredOn: string[]
  members: Member[]
}
interface DemoEffect {
  initiative: string
  title: string
  description: string
  indicators: DemoIndicator[]
}

const kr = (kronor: number) => kronor * 100
/** A member's figures from its share and how far it has come: integers in hundredths throughout. */
const series = (name: string, baseline: number, target: number, steps: number[]): Member => ({ name, baseline, target, measured: steps.map((step) => baseline + Math.round(((target - baseline) * step) / 100)) })

const PLATFORM = 'Gemensam e-tjänsteplattform'
const SOCIAL = 'Gemensamt verksamhetssystem för socialtjänsten'

const EFFECTS: DemoEffect[] = [
  {
    initiative: PLATFORM,
    title: 'Fler ärenden görs digitalt',
    description: 'Invånare och företag lämnar in ansökningar och anmälningar via e-tjänster i stället för på papper.',
    indicators: [
      {
        indicator: { name: 'Andel ärenden via e-tjänst', unit: '%', direction: 'increase', benefitClass: 'quality', measureEveryMonths: 6 },
        baselineDate: '2018-09-30',
        targetDate: '2026-12-31',
        source: 'Ärendestatistik ur diariet, september 2018',
        measuredOn: ['2019-12-31', '2021-12-31', '2023-12-31', '2025-12-31'],
        members: [
          series('Luleå', 1850, 7000, [20, 45, 70, 88]),
          series('Piteå', 1500, 6500, [15, 40, 62, 81]),
          series('Boden', 1220, 6000, [18, 37, 58, 76]),
          series('Kalix', 950, 5500, [10, 30, 52, 71]),
          series('Kiruna', 1310, 6000, [12, 35, 55, 69]),
          series('Gällivare', 1075, 5500, [14, 33, 50, 66]),
        ],
      },
    ],
  },
  {
    initiative: PLATFORM,
    title: 'Lägre kostnader för utskick',
    description: 'Beslut och kallelser skickas digitalt till den som har en digital brevlåda.',
    indicators: [
      {
        indicator: { name: 'Minskade portokostnader', unit: 'kr', direction: 'decrease', benefitClass: 'financial', measureEveryMonths: 12 },
        baselineDate: '2018-09-30',
        targetDate: '2026-12-31',
        source: 'Ekonomisystemet, konto för porto, helår 2017',
        measuredOn: ['2020-12-31', '2022-12-31', '2025-12-31'],
        members: [
          series('Luleå', kr(1_240_000), kr(620_000), [25, 60, 92]),
          series('Piteå', kr(615_500), kr(330_000), [20, 55, 85]),
          series('Boden', kr(402_250), kr(215_000), [30, 58, 80]),
          series('Kalix', kr(214_600), kr(118_000), [16, 47, 72]),
          series('Kiruna', kr(338_900), kr(190_000), [18, 49, 77]),
          series('Gällivare', kr(276_400), kr(150_000), [22, 51, 74]),
        ],
      },
    ],
  },
  {
    initiative: SOCIAL,
    title: 'Snabbare och mer enhetlig handläggning',
    description: 'Samma processer i ett gemensamt system ger kortare handläggningstider och frigör tid för möten med klienterna.',
    indicators: [
      {
        indicator: { name: 'Handläggningstid ekonomiskt bistånd', unit: 'dagar', direction: 'decrease', benefitClass: 'quality', measureEveryMonths: 6 },
        baselineDate: '2021-03-31',
        targetDate: '2026-12-31',
        source: 'Uppföljning av nyansökningar, första kvartalet 2021',
        measuredOn: ['2022-06-30', '2023-12-31', '2025-06-30', '2026-06-30'],
        members: [
          series('Piteå', 2150, 1000, [20, 46, 71, 84]),
          series('Boden', 1880, 1000, [15, 40, 66, 79]),
          series('Gällivare', 2430, 1200, [10, 38, 57, 70]),
          series('Arvidsjaur', 1620, 900, [25, 50, 73, 90]),
        ],
      },
      {
        indicator: { name: 'Frigjord tid handläggare', unit: 'timmar/månad', direction: 'increase', benefitClass: 'reallocated_time', measureEveryMonths: 12 },
        baselineDate: '2021-03-31',
        targetDate: '2026-12-31',
        source: 'Tidsstudie av handläggarnas administration, mars 2021',
        measuredOn: ['2022-12-31', '2024-12-31', '2026-06-30'],
        members: [
          series('Piteå', 0, 16000, [22, 61, 83]),
          series('Boden', 0, 12000, [18, 55, 78]),
          series('Gällivare', 0, 9000, [12, 43, 69]),
          series('Arvidsjaur', 0, 4500, [30, 64, 92]),
        ],
      },
    ],
  },
]

export async function seedDemoBenefits(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const collaborationId = collaborations.get('EN')!
  const idOf = async (table: 'initiative' | 'member', column: 'title' | 'name', value: string) =>
    (await db.query<{ id: string }>(`select id from ${table} where collaboration_id = $1 and ${column} = $2`, [collaborationId, value]))[0]!.id
  for (const effect of EFFECTS) {
    const initiativeId = await idOf('initiative', 'title', effect.initiative)
    const { id: effectId } = await createEffect(ctx, collaborationId, initiativeId, { title: effect.title, description: effect.description })
    for (const spec of effect.indicators) {
      const { id: indicatorId } = await createIndicator(ctx, collaborationId, effectId, spec.indicator)
      for (const member of spec.members) {
        const memberId = await idOf('member', 'name', member.name)
        await saveMemberFigures(ctx, collaborationId, indicatorId, memberId, {
          baselineValue: member.baseline,
          baselineDate: spec.baselineDate,
          baselineSource: spec.source,
          targetValue: member.target,
          targetDate: spec.targetDate,
        })
        for (const [i, value] of member.measured.entries()) await addMeasurement(ctx, collaborationId, indicatorId, memberId, { value, date: spec.measuredOn[i]!, note: '' })
      }
    }
  }
}
