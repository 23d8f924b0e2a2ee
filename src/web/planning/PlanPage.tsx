import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { AdoptPlanDialog, ApprovalDialog } from './PlanDialogs'
import { roundPath, usePlan, useResults, useRoundChanges } from './queries'
import { RoundPageFrame } from './RoundLoader'
import { usePlanningRights } from './rights'
import type { Plan, RoundDetail } from './types'

type Open = { kind: 'adopt' } | { kind: 'approval'; member: Plan['approvals'][number] }

/** Verksamhetsplan: goals, activities (the initiatives they became), budget, project bank and each member's approval. */
export function PlanPage() {
  const { t } = useTranslation()
  return <RoundPageFrame page={t('planning.plan.title')}>{(round) => <PlanView round={round} />}</RoundPageFrame>
}

function PlanView({ round }: { round: RoundDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const plan = usePlan(collaboration.id, round.id)
  const rights = usePlanningRights()
  const changes = useRoundChanges(collaboration.id, round.id)
  // Before adoption the plan to be adopted is the result's funded proposals.
  const results = useResults(collaboration.id, round.id, {}, round.allowed.includes('see_results') && !round.adoptedOn)
  const funded = results.data?.ranking.filter((r) => r.fit === 'funded') ?? []
  const [open, setOpen] = useState<{ dialog: Open; opener: HTMLElement } | null>(null)
  const show = (dialog: Open) => (opener: HTMLElement) => {
    changes.adoptPlan.reset()
    changes.recordApproval.reset()
    setOpen({ dialog, opener })
  }
  const close = () => setOpen(null)
  const mayAdopt = rights.adoptPlan && round.allowed.includes('adopt_plan') && !round.adoptedOn
  return (
    <QueryView query={plan}>
      {(data) => (
        <>
          <section className="card" aria-labelledby="plan-facts-heading">
            <h2 id="plan-facts-heading">{t('planning.plan.factsTitle', { year: data.year })}</h2>
            <dl className="facts">
              <div>
                <dt>{t('planning.plan.status')}</dt>
                <dd>{data.adoptedOn ? t('planning.plan.adopted', { date: formatDate(data.adoptedOn), reference: data.adoptedReference }).trim() : t('planning.plan.notAdopted')}</dd>
              </div>
              <div>
                <dt>{t('planning.plan.frame')}</dt>
                <dd className="figure">{formatOre(data.budgetFrameOre)}</dd>
              </div>
              <div>
                <dt>{t('planning.plan.funded')}</dt>
                <dd className="figure">{formatOre(data.adoptedOn ? data.fundedOre : funded.reduce((sum, r) => sum + r.estimatedCostOre, 0))}</dd>
              </div>
              <div>
                <dt>{t('planning.plan.left')}</dt>
                <dd className="figure">{formatOre(data.budgetFrameOre - (data.adoptedOn ? data.fundedOre : funded.reduce((sum, r) => sum + r.estimatedCostOre, 0)))}</dd>
              </div>
            </dl>
            <div className="planning-actions">
              {mayAdopt && (
                <button type="button" className="button button-primary" onClick={(e) => show({ kind: 'adopt' })(e.currentTarget)}>
                  {t('planning.plan.adopt')}
                </button>
              )}
              <a className="button button-secondary" href={`${roundPath(collaboration.id, round.id)}/plan.pdf`}>
                {t('planning.plan.pdf')}
              </a>
            </div>
            {!data.adoptedOn && <p className="field-hint">{mayAdopt ? t('planning.plan.adoptHint') : t('planning.plan.adoptLater', { date: formatDate(round.stages.find((s) => s.key === 'plan_adopted')?.startsOn) })}</p>}
          </section>
          <section className="card" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t('planning.plan.goals')}</h2>
            {data.goals ? <p className="planning-goals">{data.goals}</p> : <p className="empty">{t('planning.plan.noGoals')}</p>}
          </section>
          {data.adoptedOn ? (
            <Activities plan={data} />
          ) : (
            <section className="card" aria-labelledby="proposed-heading">
              <h2 id="proposed-heading">{t('planning.plan.proposedTitle')}</h2>
              {funded.length === 0 ? (
                <p className="empty">{t('planning.plan.proposedNone')}</p>
              ) : (
                <ol className="planning-proposed">
                  {funded.map((r) => (
                    <li key={r.proposalId}>
                      {t('planning.proposals.heading', { number: r.number, title: r.title })} <span className="muted">{formatOre(r.estimatedCostOre)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          {data.adoptedOn && <Bank plan={data} />}
          {data.adoptedOn && <Approvals plan={data} round={round} onRecord={(member, opener) => show({ kind: 'approval', member })(opener)} />}
          {open?.dialog.kind === 'adopt' && <AdoptPlanDialog round={round} funded={results.data ? { count: funded.length, totalOre: results.data.usedOre } : null} changes={changes} returnFocusTo={open.opener} onClose={close} />}
          {open?.dialog.kind === 'approval' && <ApprovalDialog plan={data} member={open.dialog.member} changes={changes} returnFocusTo={open.opener} onClose={close} />}
        </>
      )}
    </QueryView>
  )
}

function Activities({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const base = `/collaborations/${collaboration.id}`
  return (
    <section className="card table-card" aria-labelledby="activities-heading">
      <h2 id="activities-heading" className="card-heading planning-card-heading">
        {t('planning.plan.activities')}
      </h2>
      {plan.activities.length === 0 ? (
        <p className="empty">{t('planning.plan.noActivities')}</p>
      ) : (
        <Table captionId="activities-caption" caption={t('planning.plan.activitiesCaption', { year: plan.year })} captionClassName="visually-hidden" className="planning-table">
          <ColumnHeads
            columns={[
              numeric(t('planning.results.rank')), t('planning.plan.activity'), t('planning.plan.participants'),
              numeric(t('planning.results.cost')), <VisuallyHidden>{t('planning.plan.budget')}</VisuallyHidden>,
            ]}
          />
          <tbody>
            {plan.activities.map((a) => (
              <tr key={a.proposalId}>
                <td className="numeric">{a.rank}</td>
                <th scope="row" className="cell-wrap">
                  {a.initiativeId ? <Link to={`${base}/initiatives/${a.initiativeId}`}>{a.title}</Link> : a.title}
                  <span className="cell-secondary">{t('planning.plan.fromProposal', { number: a.number })}</span>
                </th>
                <td className="cell-wrap">{a.participants.join(', ')}</td>
                <td className="numeric">{formatOre(a.estimatedCostOre)}</td>
                <td>{a.budgetId && <Link to={`${base}/finance/budgets/${a.budgetId}`}>{t('planning.plan.budgetLink', { title: a.title })}</Link>}</td>
              </tr>
            ))}
          </tbody>
          <TotalRow label={t('planning.plan.fundedTotal')} colSpan={3}>
            <td className="numeric">{formatOre(plan.fundedOre)}</td>
            <td />
          </TotalRow>
        </Table>
      )}
    </section>
  )
}

function Bank({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <section className="card" aria-labelledby="plan-bank-heading">
      <h2 id="plan-bank-heading">{t('planning.results.bankTitle')}</h2>
      {plan.bank.length === 0 ? (
        <p className="empty">{t('planning.results.bankNone')}</p>
      ) : (
        <ul className="plain-list planning-bank-list">
          {plan.bank.map((b) => (
            <li key={b.proposalId}>
              {t('planning.proposals.heading', { number: b.number, title: b.title })} <span className="muted">{formatOre(b.estimatedCostOre)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/collaborations/${collaboration.id}/planning/project-bank`}>{t('planning.results.toBank')}</Link>
      </p>
    </section>
  )
}

function Approvals({ plan, round, onRecord }: { plan: Plan; round: RoundDetail; onRecord: (member: Plan['approvals'][number], opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const rights = usePlanningRights()
  const open = round.allowed.includes('approve_plan')
  const mayRecord = (memberId: string) => open && rights.mayApproveFor(memberId)
  const anyAction = plan.approvals.some((a) => mayRecord(a.memberId))
  const approved = plan.approvals.filter((a) => a.outcome === 'approve').length
  return (
    <section className="card table-card" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading" className="card-heading planning-card-heading">
        {t('planning.plan.approvals')}
      </h2>
      <p className="field-hint planning-card-text">{t('planning.plan.approvalsIntro', { count: approved, approved, members: plan.approvals.length })}</p>
      <Table captionId="approvals-caption" caption={t('planning.plan.approvalsCaption', { year: plan.year })} captionClassName="visually-hidden" className="planning-table">
        <thead>
          <tr>
            <th scope="col">{t('planning.votes.member')}</th>
            <th scope="col">{t('planning.plan.decision')}</th>
            <th scope="col">{t('planning.plan.decidedOn')}</th>
            <th scope="col">{t('planning.plan.reference')}</th>
            {anyAction && (
              <th scope="col">
                <VisuallyHidden>{t('planning.plan.record')}</VisuallyHidden>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {plan.approvals.map((a) => (
            <tr key={a.memberId}>
              <th scope="row">{a.name}</th>
              <td>{a.outcome ? <span className={a.outcome === 'approve' ? 'badge planning-badge-yes' : 'badge badge-error'}>{t(`planning.approval.${a.outcome}`)}</span> : <span className="muted">{t('planning.approval.none')}</span>}</td>
              <td>{a.decidedOn ? formatDate(a.decidedOn) : ''}</td>
              <td>{a.reference}</td>
              {anyAction && (
                <td>
                  {mayRecord(a.memberId) && (
                    <button type="button" className="button button-secondary button-small" aria-label={t('planning.plan.recordFor', { member: a.name })} onClick={(e) => onRecord(a, e.currentTarget)}>
                      {t('planning.plan.record')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
