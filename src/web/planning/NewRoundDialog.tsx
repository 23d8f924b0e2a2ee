import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { defaultTimetable } from '../../modules/planning/stages'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { parseKronor } from '../../shared/money'
import { useCostKeys } from '../finance/queries'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors, parseWhole, useLocalErrors } from '../ui/form-errors'
import { METHODS, STAGE_ORDER, WEIGHTINGS } from './labels'
import { useCreateRound } from './queries'
import type { Method, NewRound, StageKey, Weighting } from './types'

const FIELD_IDS: Record<string, string> = {
  year: 'round-year',
  title: 'round-title',
  ballotKind: 'round-kind-points',
  pointsPerMember: 'round-points',
  method: 'round-method',
  weighting: 'round-weighting',
  minMembers: 'round-min-members',
  budgetFrameOre: 'round-frame',
  costKeyId: 'round-cost-key',
  ...Object.fromEntries(STAGE_ORDER.map((key, index) => [`stages.${index}`, `round-stage-${key}`])),
}

/** VästKom's dates for a plan year, or none while the year is not a year. */
function timetableFor(year: number | null): Partial<Record<StageKey, string>> {
  if (year === null || year < 2000 || year > 2100) return {}
  return Object.fromEntries(defaultTimetable(year).map((stage) => [stage.key, stage.startsOn]))
}

/** The first year from next year on that has no round yet: a collaboration has one round a year. */
export function nextFreeYear(takenYears: readonly number[], thisYear: number): number {
  let year = thisYear + 1
  while (takenYears.includes(year)) year++
  return year
}

/** Starta planeringsrunda: year, title, how members prioritise and how it is counted, the frame and the timetable. */
export function NewRoundDialog({ takenYears, returnFocusTo, onClose }: { takenYears: readonly number[]; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { collaboration } = useCurrentCollaboration()
  const keys = (useCostKeys(collaboration.id).data ?? []).filter((key) => key.latest)
  const create = useCreateRound(collaboration.id)
  const [year, setYear] = useState(() => String(nextFreeYear(takenYears, new Date().getFullYear())))
  const [title, setTitle] = useState<string | null>(null)
  const [ballotKind, setBallotKind] = useState<NewRound['ballotKind']>('points')
  const [points, setPoints] = useState('100')
  const [method, setMethod] = useState<Method>('points')
  const [weighting, setWeighting] = useState<Weighting>('equal')
  const [minMembers, setMinMembers] = useState('2')
  const [frame, setFrame] = useState('')
  const [costKeyId, setCostKeyId] = useState('')
  // Dates the coordinator changed; the rest follow VästKom's timetable for the year typed.
  const [dates, setDates] = useState<Partial<Record<StageKey, string>>>({})
  const { local, setLocal, summary } = useLocalErrors()
  const fields = fieldErrors(create.error, local)
  const yearNumber = parseWhole(year)
  const defaults = timetableFor(yearNumber)
  const dateOf = (key: StageKey) => dates[key] ?? defaults[key] ?? ''
  const shownTitle = title ?? (yearNumber ? t('planning.newRound.defaultTitle', { year: yearNumber }) : '')

  const chooseKind = (kind: NewRound['ballotKind']) => {
    setBallotKind(kind)
    // A ranking gives no points to add up, so it is counted by Borda.
    if (kind === 'ranking') setMethod('borda')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    const pointsPerMember = parseWhole(points)
    const min = parseWhole(minMembers)
    const budgetFrameOre = parseKronor(frame)
    if (yearNumber === null) errors.year = t('planning.newRound.yearInvalid')
    if (ballotKind === 'points' && !pointsPerMember) errors.pointsPerMember = t('planning.wholeNumber')
    if (!min) errors.minMembers = t('planning.wholeNumber')
    if (budgetFrameOre === null) errors.budgetFrameOre = t('planning.amountInvalid')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || yearNumber === null || !min || budgetFrameOre === null) return
    create.reset()
    create.mutate(
      {
        year: yearNumber,
        title: shownTitle,
        ballotKind,
        pointsPerMember: ballotKind === 'points' ? (pointsPerMember ?? 100) : 100,
        method,
        weighting,
        minMembers: min,
        budgetFrameOre,
        costKeyId: costKeyId || null,
        stages: STAGE_ORDER.map((key) => ({ key, startsOn: dateOf(key).trim() })),
      },
      { onSuccess: (round) => void navigate(`/collaborations/${collaboration.id}/planning/${round.id}`) },
    )
  }

  return (
    <Dialog titleId="new-round-title" title={t('planning.newRound.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form planning-form planning-wide-form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('planning.newRound.intro')}</p>
        <ErrorSummary error={summary ?? create.error} fieldIds={FIELD_IDS} />
        <div className="form-grid">
          <Field id={FIELD_IDS.year!} label={t('planning.newRound.year')} hint={t('planning.newRound.yearHint')} error={fields.year} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={year} onChange={(e) => setYear(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.title!} label={t('planning.newRound.titleField')} error={fields.title} required>
            {(props) => <input {...props} autoComplete="off" value={shownTitle} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="field">
          <legend>{t('planning.newRound.ballotKind')}</legend>
          <div className="radio-row">
            {(['points', 'ranking'] as const).map((kind) => (
              <label key={kind} className="checkbox">
                <input id={`round-kind-${kind}`} type="radio" name="round-kind" checked={ballotKind === kind} onChange={() => chooseKind(kind)} />
                {t(`planning.ballotKind.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid">
          {ballotKind === 'points' && (
            <Field id={FIELD_IDS.pointsPerMember!} label={t('planning.newRound.pointsPerMember')} error={fields.pointsPerMember} required>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={points} onChange={(e) => setPoints(e.target.value)} />}
            </Field>
          )}
          <SelectField
            id={FIELD_IDS.method!}
            label={t('planning.newRound.method')}
            hint={ballotKind === 'ranking' ? t('planning.newRound.rankingIsBorda') : undefined}
            error={fields.method}
            required
            value={method}
            onChange={setMethod}
            options={METHODS.filter((m) => ballotKind === 'points' || m === 'borda').map((m) => ({ value: m, label: t(`planning.method.${m}`) }))}
          />
          <SelectField id={FIELD_IDS.weighting!} label={t('planning.newRound.weighting')} error={fields.weighting} required value={weighting} onChange={setWeighting} options={WEIGHTINGS.map((w) => ({ value: w, label: t(`planning.weighting.${w}`) }))} />
          <Field id={FIELD_IDS.minMembers!} label={t('planning.newRound.minMembers')} hint={t('planning.newRound.minMembersHint')} error={fields.minMembers} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={minMembers} onChange={(e) => setMinMembers(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.budgetFrameOre!} label={t('planning.newRound.frame')} hint={t('planning.newRound.frameHint')} error={fields.budgetFrameOre} required>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={frame} onChange={(e) => setFrame(e.target.value)} />}
          </Field>
          <SelectField
            id={FIELD_IDS.costKeyId!}
            label={t('planning.newRound.costKey')}
            hint={t('planning.newRound.costKeyHint')}
            error={fields.costKeyId}
            value={costKeyId}
            onChange={setCostKeyId}
            empty={t('planning.newRound.noCostKey')}
            options={keys.map((key) => ({ value: key.id, label: key.name }))}
          />
        </div>
        <fieldset className="field planning-timetable">
          <legend>{t('planning.newRound.timetable')}</legend>
          <p className="field-hint">{t('planning.newRound.timetableHint')}</p>
          <div className="form-grid">
            {STAGE_ORDER.map((key, index) => (
              <Field key={key} id={`round-stage-${key}`} label={t(`planningStage.${key}`)} error={fields[`stages.${index}`]} required>
                {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={dateOf(key)} onChange={(e) => setDates({ ...dates, [key]: e.target.value })} />}
              </Field>
            ))}
          </div>
        </fieldset>
        <FormActions pending={create.isPending} label={t('planning.newRound.save')} pendingLabel={t('planning.newRound.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
