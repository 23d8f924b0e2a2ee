import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area } from '../../shared/initiatives'
import { AreasField } from '../initiatives/AreasField'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { oreToInput, parseKronor } from '../../shared/money'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors, parseWhole, useLocalErrors } from '../ui/form-errors'
import { useProjectBank, type RoundChanges } from './queries'
import { usePlanningRights } from './rights'
import { SimilarProposals } from './SimilarProposals'
import type { RoundDetail } from './types'

/** The three questions the proposer answers; the fourth (enough members) follows from who stands behind it. */
const QUESTIONS = ['itSupported', 'jurisdictionIntact', 'notInEarlierPlan'] as const
type Question = (typeof QUESTIONS)[number]

const FIELD_IDS: Record<string, string> = {
  memberId: 'proposal-member',
  title: 'proposal-title',
  need: 'proposal-need',
  expectedBenefit: 'proposal-benefit',
  areas: 'proposal-area-care',
  estimatedCostOre: 'proposal-cost',
  estimatedEffortHours: 'proposal-effort',
  itSupported: 'proposal-itSupported-yes',
  jurisdictionIntact: 'proposal-jurisdictionIntact-yes',
  notInEarlierPlan: 'proposal-notInEarlierPlan-yes',
  criteriaComment: 'proposal-comment',
  cosignerIds: 'proposal-cosigner-filter',
  carriedFromId: 'proposal-carried',
}

/** Lämna förslag: for the representative's own member, or for any member by the office, with the screening questions. */
export function ProposalDialog({ round, changes, returnFocusTo, onClose }: { round: RoundDetail; changes: RoundChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = usePlanningRights()
  const bank = (useProjectBank(collaboration.id).data ?? []).filter((entry) => entry.year < round.year && entry.carriedInto === null)
  const proposers = rights.actingMembers(round.members)
  const [memberId, setMemberId] = useState(proposers.length === 1 ? (proposers[0]?.memberId ?? '') : '')
  const [title, setTitle] = useState('')
  const [need, setNeed] = useState('')
  const [benefit, setBenefit] = useState('')
  const [areas, setAreas] = useState<Area[]>([])
  const [cost, setCost] = useState('')
  const [effort, setEffort] = useState('')
  const [answers, setAnswers] = useState<Partial<Record<Question, boolean>>>({})
  const [comment, setComment] = useState('')
  const [cosignerIds, setCosignerIds] = useState<string[]>([])
  const [carriedFromId, setCarriedFromId] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const submit = changes.submitProposal
  const fields = fieldErrors(submit.error, local)
  const searchText = useDebounced(`${title} ${need}`.trim().slice(0, 400), 400)
  const cosigners = cosignerIds.filter((id) => id !== memberId)

  const carryFrom = (id: string) => {
    setCarriedFromId(id)
    const entry = bank.find((b) => b.proposalId === id)
    // A banked proposal comes back as it was; the proposer can still change the text.
    if (entry) {
      setTitle(entry.title)
      setNeed(entry.need)
      setCost(oreToInput(entry.estimatedCostOre))
    }
  }

  const send = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    const estimatedCostOre = parseKronor(cost)
    const estimatedEffortHours = effort.trim() === '' ? 0 : parseWhole(effort)
    // In the order of the fields, so the summary reads top to bottom.
    if (!memberId) errors.memberId = t('planning.proposalDialog.memberMissing')
    if (estimatedCostOre === null) errors.estimatedCostOre = t('planning.amountInvalid')
    if (estimatedEffortHours === null) errors.estimatedEffortHours = t('planning.wholeNumber')
    for (const question of QUESTIONS) if (answers[question] === undefined) errors[question] = t('planning.proposalDialog.answerMissing')
    setLocal(errors)
    const { itSupported, jurisdictionIntact, notInEarlierPlan } = answers
    if (Object.keys(errors).length > 0 || estimatedCostOre === null || estimatedEffortHours === null || itSupported === undefined || jurisdictionIntact === undefined || notInEarlierPlan === undefined) return
    submit.reset()
    submit.mutate(
      {
        memberId,
        body: { title, need, expectedBenefit: benefit, areas, estimatedCostOre, estimatedEffortHours, itSupported, jurisdictionIntact, notInEarlierPlan, criteriaComment: comment, cosignerIds: cosigners, carriedFromId: carriedFromId || null },
      },
      { onSuccess: onClose },
    )
  }

  return (
    <Dialog titleId="proposal-dialog-title" title={t('planning.proposalDialog.title', { title: round.title })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form planning-form planning-wide-form" onSubmit={send} noValidate>
        <p className="field-hint dialog-intro">{t('planning.proposalDialog.intro')}</p>
        <ErrorSummary error={summary ?? submit.error} fieldIds={FIELD_IDS} />
        <div className="form-grid">
          <SelectField
            id={FIELD_IDS.memberId!}
            label={t('planning.proposalDialog.member')}
            hint={rights.actsForAnyMember ? undefined : t('planning.proposalDialog.ownMember')}
            error={fields.memberId}
            required
            value={memberId}
            onChange={setMemberId}
            empty={proposers.length === 1 ? undefined : t('planning.proposalDialog.chooseMember')}
            options={[...proposers].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => ({ value: m.memberId, label: m.name }))}
          />
          {bank.length > 0 && (
            <SelectField
              id={FIELD_IDS.carriedFromId!}
              label={t('planning.proposalDialog.carried')}
              hint={t('planning.proposalDialog.carriedHint')}
              error={fields.carriedFromId}
              value={carriedFromId}
              onChange={carryFrom}
              empty={t('planning.proposalDialog.notCarried')}
              options={bank.map((b) => ({ value: b.proposalId, label: t('planning.proposalDialog.bankOption', { year: b.year, number: b.number, title: b.title }) }))}
            />
          )}
        </div>
        <Field id={FIELD_IDS.title!} label={t('planning.proposalDialog.titleField')} error={fields.title} required>
          {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id={FIELD_IDS.need!} label={t('planning.proposalDialog.need')} hint={t('planning.proposalDialog.needHint')} error={fields.need} required>
          {(props) => <textarea {...props} rows={4} value={need} onChange={(e) => setNeed(e.target.value)} />}
        </Field>
        <SimilarProposals text={searchText} />
        <Field id={FIELD_IDS.expectedBenefit!} label={t('planning.proposalDialog.benefit')} error={fields.expectedBenefit}>
          {(props) => <textarea {...props} rows={3} value={benefit} onChange={(e) => setBenefit(e.target.value)} />}
        </Field>
        <AreasField idPrefix="proposal" className="field" legend={t('planning.proposalDialog.areas')} error={fields.areas} value={areas} onChange={setAreas} listClassName="planning-checkboxes" />
        <div className="form-grid">
          <Field id={FIELD_IDS.estimatedCostOre!} label={t('planning.proposalDialog.cost')} hint={t('planning.proposalDialog.costHint')} error={fields.estimatedCostOre} required>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={cost} onChange={(e) => setCost(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.estimatedEffortHours!} label={t('planning.proposalDialog.effort')} error={fields.estimatedEffortHours}>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={effort} onChange={(e) => setEffort(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="field planning-criteria">
          <legend>{t('planning.criteria.title')}</legend>
          <p className="field-hint">{t('planning.proposalDialog.criteriaIntro')}</p>
          {QUESTIONS.map((question) => (
            <fieldset key={question} className="planning-question" aria-describedby={fields[question] ? `proposal-${question}-error` : undefined}>
              <legend>{t(`planning.criteria.${question}`)}</legend>
              {fields[question] && (
                <p className="field-error" id={`proposal-${question}-error`}>
                  {fields[question]}
                </p>
              )}
              <div className="radio-row">
                {([true, false] as const).map((value) => (
                  <label key={String(value)} className="checkbox">
                    <input id={`proposal-${question}-${value ? 'yes' : 'no'}`} type="radio" name={`proposal-${question}`} checked={answers[question] === value} onChange={() => setAnswers({ ...answers, [question]: value })} />
                    {value ? t('common.yes') : t('common.no')}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <p className="planning-question-auto">
            <strong>{t('planning.criteria.enoughMembers')}</strong>{' '}
            {rights.actsForAnyMember
              ? t('planning.proposalDialog.enoughCount', { count: (memberId ? 1 : 0) + cosigners.length, min: round.minMembers })
              : t('planning.proposalDialog.enoughLater', { count: round.minMembers, min: round.minMembers })}
          </p>
          <Field id={FIELD_IDS.criteriaComment!} label={t('planning.proposalDialog.comment')} error={fields.criteriaComment}>
            {(props) => <textarea {...props} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
        </fieldset>
        <CosignerPicker round={round} proposerId={memberId} chosen={cosigners} onChange={setCosignerIds} error={fields.cosignerIds} invite={!rights.actsForAnyMember} />
        <FormActions pending={submit.isPending} label={t('planning.proposalDialog.save')} pendingLabel={t('planning.proposalDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** The office names the members that stand behind the proposal, a representative invites them to co-sign; a box narrows the list by name. */
function CosignerPicker({ round, proposerId, chosen, onChange, error, invite }: { round: RoundDetail; proposerId: string; chosen: string[]; onChange: (next: string[]) => void; error?: string; invite: boolean }) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLocaleLowerCase('sv')
  const shown = round.members.filter((m) => m.memberId !== proposerId && m.name.toLocaleLowerCase('sv').includes(needle)).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id))
  return (
    <fieldset className="field">
      <legend>{invite ? t('planning.proposalDialog.invite') : t('planning.proposalDialog.cosigners')}</legend>
      <p className="field-hint">{invite ? t('planning.proposalDialog.inviteHint') : t('planning.proposalDialog.cosignersHint')}</p>
      {error && <p className="field-error">{error}</p>}
      <Field id="proposal-cosigner-filter" label={t('planning.proposalDialog.filter')}>
        {(props) => <input {...props} type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />}
      </Field>
      <ul className="planning-checkboxes">
        {shown.map((member) => (
          <li key={member.memberId}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.includes(member.memberId)} onChange={(e) => toggle(member.memberId, e.target.checked)} />
              {member.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return debounced
}
