import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatNumber, todayInSweden } from '../../shared/format'
import type { MemberDecisionMatrix } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useRemind } from '../meetings/queries'
import { Page } from '../ui/Page'
import { PageCount, Pager } from '../ui/Pager'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { Table } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { isOverdue } from './labels'
import { useMemberDecisionMatrix } from './portfolio-queries'
import './initiatives.css'

type CellState = MemberDecisionMatrix['cells'][number]['state']
const STATES: CellState[] = ['approve', 'reject', 'defer', 'pending']
/** Each state has a symbol as well as its words, so it reads without colour. */
const SYMBOL: Record<CellState, string> = { approve: '✓', reject: '✗', defer: '‖', pending: '○' }

/** Medlemsbeslut: members as rows, initiatives at gates that need every member's own decision as columns. */
export function MemberDecisionMatrixPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [page, setPage] = useState(1)
  const matrix = useMemberDecisionMatrix(collaboration.id, page)
  return (
    <Page title={t('matrix.title')} context={collaboration.name} intro={t('matrix.intro')}>
      <QueryView query={matrix}>{(data) => (data.total === 0 ? <p className="card empty">{t('matrix.empty')}</p> : <Matrix data={data} onPage={setPage} />)}</QueryView>
    </Page>
  )
}

/** A page of initiatives as columns (a wide table stays readable); every member as a row, its pending count over all pages. */
function Matrix({ data, onPage }: { data: MemberDecisionMatrix; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const mayRemind = allows(permissions, 'decisions', 'remind')
  const remind = useRemind(collaboration.id)
  const [reminded, setReminded] = useState<string | null>(null)
  const today = todayInSweden()
  const cells = new Map(data.cells.map((cell) => [`${cell.memberId}:${cell.initiativeId}`, cell]))
  const pending = data.members.reduce((sum, m) => sum + m.pending, 0)
  return (
    <section className="card table-card">
      <p className="section-intro matrix-summary">{t('matrix.summary', { count: pending, formatted: formatNumber(pending) })}</p>
      {reminded && <SuccessMessage>{reminded}</SuccessMessage>}
      <ErrorSummary error={remind.error} />
      <ul className="matrix-legend" aria-label={t('matrix.legend')}>
        {STATES.map((state) => (
          <li key={state}>
            <StateText state={state} />
          </li>
        ))}
      </ul>
      <Table captionId="matrix-caption" caption={t('matrix.caption')} className="matrix-table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.member')}</th>
            {data.initiatives.map((initiative) => (
              <th scope="col" key={initiative.id}>
                <Link to={`/collaborations/${collaboration.id}/initiatives/${initiative.id}`}>{initiative.title}</Link>
                <span className="cell-secondary">{initiative.gateName}</span>
                {initiative.dueOn && (
                  <span className={isOverdue(initiative.dueOn, today) ? 'cell-secondary overdue' : 'cell-secondary'}>
                    {t('matrix.dueOn', { date: formatDate(initiative.dueOn) })}
                    {isOverdue(initiative.dueOn, today) && ` (${t('matrix.overdue')})`}
                  </span>
                )}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('matrix.pendingColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.members.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                <Link to={`/collaborations/${collaboration.id}/members/${member.id}/initiatives`}>{member.name}</Link>
              </th>
              {data.initiatives.map((initiative) => {
                const cell = cells.get(`${member.id}:${initiative.id}`)
                return (
                  <td key={initiative.id}>
                    {cell ? (
                      <>
                        <StateText state={cell.state} />
                        {cell.decidedOn && <span className="cell-secondary">{t('matrix.decidedOn', { date: formatDate(cell.decidedOn) })}</span>}
                        {cell.reference && <span className="cell-secondary">{t('reminders.reference', { reference: cell.reference })}</span>}
                        {cell.state === 'pending' && cell.remindedAt && <span className="cell-secondary">{t('reminders.remindedAt', { date: formatDate(cell.remindedAt) })}</span>}
                      </>
                    ) : (
                      <span className="matrix-none">
                        <span aria-hidden="true">–</span>
                        <VisuallyHidden>{t('matrix.notParticipating')}</VisuallyHidden>
                      </span>
                    )}
                  </td>
                )
              })}
              <td className="numeric">{formatNumber(member.pending)}</td>
            </tr>
          ))}
        </tbody>
        {mayRemind && (
          <tfoot>
            <tr>
              <td />
              {data.initiatives.map((initiative) => {
                const pendingHere = data.cells.some((c) => c.initiativeId === initiative.id && c.state === 'pending')
                const send = () => remind.mutate(initiative.id, { onSuccess: (r) => setReminded(r.reminded.length > 0 ? t('reminders.reminded', { names: r.reminded.join(', ') }) : t('reminders.nobody')) })
                return (
                  <td key={initiative.id} className="matrix-remind">
                    <button type="button" className="button button-secondary button-small" aria-label={t('reminders.remindNamed', { title: initiative.title })} disabled={!pendingHere || remind.isPending} onClick={send}>
                      {t('reminders.remind')}
                    </button>
                  </td>
                )
              })}
              <td />
            </tr>
          </tfoot>
        )}
      </Table>
      <PageCount info={data} shown={data.initiatives.length} />
      <Pager info={data} onPage={onPage} label={t('matrix.pages')} />
    </section>
  )
}

function StateText({ state }: { state: CellState }) {
  const { t } = useTranslation()
  return (
    <span className={`matrix-cell matrix-${state}`}>
      <span className="matrix-symbol" aria-hidden="true">
        {SYMBOL[state]}
      </span>
      {t(`matrix.states.${state}`)}
    </span>
  )
}
