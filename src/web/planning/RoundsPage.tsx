import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatNumber } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { NewRoundDialog } from './NewRoundDialog'
import { PlanningTabs } from './PlanningTabs'
import { useRounds } from './queries'
import { usePlanningRights } from './rights'
import type { RoundSummary } from './types'
import './planning.css'

/** Planeringsrundor: every year's round with its stage, proposals and how many members have prioritised. */
export function RoundsPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rounds = useRounds(collaboration.id)
  const rights = usePlanningRights()
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  return (
    <Page
      title={t('planning.rounds.title')}
      context={collaboration.name}
      intro={t('planning.rounds.intro')}
      actions={
        rights.manageRound && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('planning.rounds.create')}
          </button>
        )
      }
    >
      <PlanningTabs collaborationId={collaboration.id} />
      <QueryView query={rounds}>{(list) => (list.length === 0 ? <p className="card empty">{t('planning.rounds.none')}</p> : <RoundTable rounds={list} />)}</QueryView>
      {opener && <NewRoundDialog takenYears={(rounds.data ?? []).map((round) => round.year)} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

function RoundTable({ rounds }: { rounds: RoundSummary[] }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <section className="card table-card">
      <Table captionId="rounds-caption" caption={t('planning.rounds.caption', { name: collaboration.name })} captionClassName="visually-hidden">
        <ColumnHeads
          columns={[
            t('planning.rounds.year'), t('planning.rounds.round'), t('planning.rounds.stage'), numeric(t('planning.rounds.proposals')),
            numeric(t('planning.rounds.prioritised')),
          ]}
        />
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <td className="code">{round.year}</td>
              <th scope="row" className="cell-wrap">
                <Link to={round.id}>{round.title}</Link>
                {round.adoptedOn && <span className="cell-secondary">{t('planning.rounds.adoptedOn', { date: formatDate(round.adoptedOn) })}</span>}
              </th>
              <td>
                <span className={round.stage === 'not_started' ? 'badge' : 'badge badge-info'}>{t(`planningStage.${round.stage}`)}</span>
              </td>
              <td className="numeric">{formatNumber(round.proposals)}</td>
              <td className="numeric">{t('planning.rounds.prioritisedOf', { count: round.ballots, members: round.members })}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
