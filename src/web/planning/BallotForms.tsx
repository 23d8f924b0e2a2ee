import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatOre } from '../../shared/format'
import type { FieldErrors } from '../api/client'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { fieldErrors, parseWhole, useLocalErrors } from '../ui/form-errors'
import type { RoundChanges } from './queries'
import type { Ballot, Proposal, RoundDetail } from './types'

interface BallotProps {
  round: RoundDetail
  proposals: Proposal[]
  memberId: string
  saved: Ballot | null
  changes: RoundChanges
}

/** Poäng: a number per proposal, with what is left of the member's points counted as they are typed. */
export function PointsBallot({ round, proposals, memberId, saved, changes }: BallotProps) {
  const { t } = useTranslation()
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(proposals.map((p) => [p.id, saved?.points?.[p.id] ? String(saved.points[p.id]) : ''])))
  const [done, setDone] = useState(false)
  const { local, setLocal, summary } = useLocalErrors()
  const submit = changes.submitBallot
  const fields = fieldErrors(submit.error, local)
  const fieldIds: Record<string, string> = { points: `points-${proposals[0]?.id ?? ''}`, ...Object.fromEntries(proposals.map((p) => [`points.${p.id}`, `points-${p.id}`])) }
  const used = proposals.reduce((sum, p) => sum + (parseWhole(values[p.id] ?? '') ?? 0), 0)
  const left = round.pointsPerMember - used

  const send = (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    const errors: FieldErrors = {}
    const points: Record<string, number> = {}
    for (const p of proposals) {
      const text = (values[p.id] ?? '').trim()
      if (text === '') continue
      const value = parseWhole(text)
      if (value === null) errors[`points.${p.id}`] = t('planning.prioritise.pointsInvalid', { number: p.number })
      else if (value > 0) points[p.id] = value
    }
    setLocal(errors)
    if (Object.keys(errors).length > 0) return
    // Too many points is the API's to say, with its own words, so the member sees the rule as it is applied.
    submit.reset()
    submit.mutate({ memberId, body: { points, version: saved?.version ?? null } }, { onSuccess: () => setDone(true) })
  }

  return (
    <form className="form planning-form" onSubmit={send} noValidate>
      <ErrorSummary error={summary ?? submit.error} fieldIds={fieldIds} />
      {done && <SuccessMessage>{t('planning.prioritise.savedNow')}</SuccessMessage>}
      <p className={left < 0 ? 'planning-points-left planning-points-over' : 'planning-points-left'} role="status">
        {left < 0 ? t('planning.prioritise.pointsOver', { count: -left, over: -left, total: round.pointsPerMember }) : t('planning.prioritise.pointsLeft', { left, total: round.pointsPerMember })}
      </p>
      {fields.points && <p className="field-error">{fields.points}</p>}
      <ol className="planning-ballot">
        {proposals.map((p) => {
          const id = `points-${p.id}`
          const error = fields[`points.${p.id}`]
          return (
            <li key={p.id} className={error ? 'field field-invalid' : 'field'}>
              <label htmlFor={id}>
                {t('planning.proposals.heading', { number: p.number, title: p.title })}
                <span className="cell-secondary">{t('planning.prioritise.proposalFacts', { member: p.proposingMemberName, cost: formatOre(p.estimatedCostOre) })}</span>
              </label>
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
              <input
                id={id}
                className="planning-points-input"
                inputMode="numeric"
                autoComplete="off"
                aria-describedby={error ? `${id}-error` : undefined}
                aria-invalid={error ? true : undefined}
                value={values[p.id] ?? ''}
                onChange={(e) => setValues({ ...values, [p.id]: e.target.value })}
              />
            </li>
          )
        })}
      </ol>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {submit.isPending ? t('planning.prioritise.saving') : t('planning.prioritise.savePoints')}
        </button>
      </div>
    </form>
  )
}

/** Rangordning: the proposals in order, best first, moved up and down with buttons (so by keyboard too). */
export function RankingBallot({ proposals, memberId, saved, changes }: BallotProps) {
  const { t } = useTranslation()
  const [order, setOrder] = useState<string[]>(() => {
    const ranked = (saved?.ranking ?? []).filter((id) => proposals.some((p) => p.id === id))
    return [...ranked, ...proposals.filter((p) => !ranked.includes(p.id)).map((p) => p.id)]
  })
  const [announcement, setAnnouncement] = useState('')
  const [done, setDone] = useState(false)
  const list = useRef<HTMLOListElement>(null)
  const submit = changes.submitBallot
  const byId = new Map(proposals.map((p) => [p.id, p]))
  const label = (id: string) => {
    const p = byId.get(id)
    return p ? t('planning.proposals.heading', { number: p.number, title: p.title }) : id
  }

  // After a move, the focus follows the moved proposal to the same button (or its other one at the end of the list).
  const [focusAfter, setFocusAfter] = useState<{ label: string; other: string } | null>(null)
  useEffect(() => {
    if (!focusAfter) return
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[aria-label]') ?? [])]
    const byLabel = (text: string) => buttons.find((b) => b.getAttribute('aria-label') === text && !b.disabled)
    ;(byLabel(focusAfter.label) ?? byLabel(focusAfter.other))?.focus()
    setFocusAfter(null)
  }, [focusAfter, order])

  const move = (index: number, step: -1 | 1) => {
    const id = order[index]
    if (!id) return
    const next = order.filter((x) => x !== id)
    next.splice(index + step, 0, id)
    setOrder(next)
    setDone(false)
    const up = t('planning.prioritise.moveUp', { proposal: label(id) })
    const down = t('planning.prioritise.moveDown', { proposal: label(id) })
    setAnnouncement(t('planning.prioritise.moved', { proposal: label(id), place: index + step + 1 }))
    setFocusAfter(step < 0 ? { label: up, other: down } : { label: down, other: up })
  }

  const send = (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    submit.reset()
    submit.mutate({ memberId, body: { ranking: order, version: saved?.version ?? null } }, { onSuccess: () => setDone(true) })
  }

  return (
    <form className="form planning-form" onSubmit={send} noValidate>
      <ErrorSummary error={submit.error} fieldIds={{ ranking: 'ranking-list' }} />
      {done && <SuccessMessage>{t('planning.prioritise.savedNow')}</SuccessMessage>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="field-hint">{t('planning.prioritise.rankingHint')}</p>
      <ol className="planning-ranking" id="ranking-list" ref={list} aria-label={t('planning.prioritise.rankingLabel')} tabIndex={-1}>
        {order.map((id, index) => {
          const p = byId.get(id)
          return (
            <li key={id}>
              <span className="planning-place" aria-hidden="true">
                {index + 1}
              </span>
              <span className="planning-ranking-title">
                {label(id)}
                {p && <span className="cell-secondary">{t('planning.prioritise.proposalFacts', { member: p.proposingMemberName, cost: formatOre(p.estimatedCostOre) })}</span>}
              </span>
              <span className="planning-actions">
                <button type="button" className="button button-secondary button-small" aria-label={t('planning.prioritise.moveUp', { proposal: label(id) })} disabled={index === 0} onClick={() => move(index, -1)}>
                  <span aria-hidden="true">↑ </span>
                  {t('planning.prioritise.up')}
                </button>
                <button type="button" className="button button-secondary button-small" aria-label={t('planning.prioritise.moveDown', { proposal: label(id) })} disabled={index === order.length - 1} onClick={() => move(index, 1)}>
                  <span aria-hidden="true">↓ </span>
                  {t('planning.prioritise.down')}
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {submit.isPending ? t('planning.prioritise.saving') : t('planning.prioritise.saveRanking')}
        </button>
      </div>
    </form>
  )
}
