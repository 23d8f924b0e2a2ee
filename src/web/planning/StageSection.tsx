import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { nextStage } from './labels'
import type { RoundChanges } from './queries'
import { usePlanningRights } from './rights'
import type { RoundDetail } from './types'

/** Every stage with its date, the one in force marked; what the reader may do now; the coordinator opens the next stage. */
export function StageSection({ round, changes, onPropose }: { round: RoundDetail; changes: RoundChanges; onPropose: (opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  return (
    <div className="two-columns planning-stage-columns">
      <NowCard round={round} changes={changes} onPropose={onPropose} />
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('planning.stages.title')}</h2>
        <ol className="stage-timeline">
          {round.stages.map((stage) => {
            const state = stage.current ? 'current' : stage.passed ? 'passed' : 'coming'
            return (
              <li key={stage.key} className={`stage-${state}`} aria-current={stage.current ? 'step' : undefined}>
                <span className="stage-marker" aria-hidden="true" />
                <span className="stage-name">{t(`planningStage.${stage.key}`)}</span>
                <span className="stage-date">{formatDate(stage.startsOn)}</span>
                <span className="stage-state">{t(`planning.stages.${state}`)}</span>
              </li>
            )
          })}
        </ol>
        {round.manualStage && <p className="field-hint">{t('planning.stages.manual', { stage: t(`planningStage.${round.manualStage}`) })}</p>}
      </section>
    </div>
  )
}

function NowCard({ round, changes, onPropose }: { round: RoundDetail; changes: RoundChanges; onPropose: (opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const rights = usePlanningRights()
  const allowed = new Set(round.allowed)
  const items: { key: string; content: ReactNode }[] = []
  if (allowed.has('submit_proposal') && rights.actsForMembers) {
    items.push({
      key: 'propose',
      content: (
        <button type="button" className="button button-primary" onClick={(e) => onPropose(e.currentTarget)}>
          {t('planning.now.propose')}
        </button>
      ),
    })
  }
  if (allowed.has('cosign') && rights.actsForMembers) items.push({ key: 'cosign', content: t('planning.now.cosign') })
  if (allowed.has('screen') && rights.manageRound) items.push({ key: 'screen', content: t('planning.now.screen') })
  if (allowed.has('prioritise') && rights.actsForMembers) items.push({ key: 'prioritise', content: <Link to="prioritise">{t('planning.now.prioritise')}</Link> })
  if (allowed.has('see_results')) items.push({ key: 'results', content: <Link to="results">{t('planning.now.results')}</Link> })
  if (allowed.has('adopt_plan') && rights.adoptPlan && !round.adoptedOn) items.push({ key: 'adopt', content: <Link to="plan">{t('planning.now.adopt')}</Link> })
  if (allowed.has('approve_plan') && round.members.some((m) => rights.mayApproveFor(m.memberId))) items.push({ key: 'approve', content: <Link to="plan">{t('planning.now.approve')}</Link> })
  if (allowed.has('see_results') || round.adoptedOn) items.push({ key: 'plan', content: <Link to="plan">{t('planning.now.plan')}</Link> })

  return (
    <section className="card planning-now" aria-labelledby="now-heading">
      <h2 id="now-heading">{t('planning.now.title', { stage: t(`planningStage.${round.stage}`) })}</h2>
      <p>{t(`planningStageText.${round.stage}`)}</p>
      <h3>{t('planning.now.youMay')}</h3>
      {items.length === 0 ? (
        <p className="empty">{t('planning.now.nothing')}</p>
      ) : (
        <ul className="planning-now-list">
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
      {rights.manageRound && <NextStage round={round} changes={changes} />}
    </section>
  )
}

/** Opening the next stage ahead of its date, after a confirmation: a move never goes back. */
function NextStage({ round, changes }: { round: RoundDetail; changes: RoundChanges }) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const [opened, setOpened] = useState<string | null>(null)
  // Once the confirmation has been shown, focus goes to whichever button replaces the one just used.
  const [touched, setTouched] = useState(false)
  const next = nextStage(round.stage)
  const move = changes.moveStage
  if (!next) return null
  const name = t(`planningStage.${next}`)
  const date = round.stages.find((s) => s.key === next)?.startsOn ?? ''
  const open = () =>
    move.mutate(
      { version: round.version, stage: next },
      {
        onSuccess: () => {
          setConfirming(false)
          setOpened(name)
        },
      },
    )
  return (
    <div className="planning-next-stage">
      <h3>{t('planning.next.title')}</h3>
      {opened && <SuccessMessage>{t('planning.next.opened', { stage: opened })}</SuccessMessage>}
      <ErrorSummary error={move.error} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('planning.next.confirmLabel', { stage: name })}>
          <span className="confirm-text">{t('planning.next.confirm', { stage: name, date: formatDate(date) })}</span>
          <button type="button" className="button button-primary button-small" autoFocus disabled={move.isPending} onClick={open}>
            {move.isPending ? t('planning.next.opening') : t('planning.next.yes', { stage: name })}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          autoFocus={touched}
          onClick={() => {
            move.reset()
            setOpened(null)
            setTouched(true)
            setConfirming(true)
          }}
        >
          {t('planning.next.open', { stage: name })}
        </button>
      )}
    </div>
  )
}
