import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { OUTCOMES, type Outcome } from '../../shared/initiatives'
import { formatDate, todayInSweden } from '../../shared/format'
import { ApiError } from '../api/client'
import type { Governance, InitiativeDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useKindName } from '../governance/names'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { AttachmentInput, type AttachedFile } from './AttachmentInput'
import { useParagraphCandidates, type ParagraphCandidate } from './paragraphs'
import type { InitiativeChanges } from './queries'

const fieldIds = {
  decisionKindId: 'decision-kind',
  bodyId: 'decision-body',
  memberId: 'decision-member',
  decidedOn: 'decision-date',
  outcome: 'decision-outcome-approve',
  conditions: 'decision-conditions',
  reference: 'decision-reference',
  attachmentId: 'decision-attachment',
  meetingItemId: 'decision-paragraph',
}

type Source = 'minutes' | 'external'

/**
 * Record a decision at the initiative's gate: a body's — from a § of its minutes kept in Samverka, or taken
 * outside Samverka with its date, outcome and reference — or one member's own decision, for the members the
 * user may act for.
 */
export function DecisionDialog({
  mode,
  initiative,
  governance,
  members,
  changes,
  returnFocusTo,
  onClose,
}: {
  mode: 'body' | 'member'
  initiative: InitiativeDetail
  governance: Governance
  /** In member mode: the members to choose among. */
  members: { id: string; name: string }[]
  changes: InitiativeChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const { collaboration } = useCurrentCollaboration()
  const gate = initiative.gate
  const firstRequired = gate?.requiredDecisions.find((d) => d.decisionKindId)
  const [kindId, setKindId] = useState(firstRequired?.decisionKindId ?? '')
  const deciderOf = (id: string) => gate?.requiredDecisions.find((d) => d.decisionKindId === id)?.body?.id ?? governance.paths.find((p) => p.decisionKindId === id)?.decidedBy[0] ?? ''
  const [bodyId, setBodyId] = useState(deciderOf(kindId))
  const pending = gate?.memberDecisions.find((m) => m.outcome === null && members.some((o) => o.id === m.memberId))
  const [memberId, setMemberId] = useState(pending?.memberId ?? members[0]?.id ?? '')
  const [decidedOn, setDecidedOn] = useState(todayInSweden())
  const [outcome, setOutcome] = useState<Outcome>('approve')
  const [conditions, setConditions] = useState('')
  const [reference, setReference] = useState('')
  const [attachments, setAttachments] = useState<AttachedFile[]>([])
  // A body that keeps its minutes in Samverka decides in its meetings: its decision is taken from the §.
  const keptFrom = (id: string) => governance.bodies.find((b) => b.id === id)?.minutesKeptFrom ?? null
  const [source, setSource] = useState<Source>(keptFrom(bodyId) ? 'minutes' : 'external')
  const [itemId, setItemId] = useState('')
  const paragraphs = useParagraphCandidates(collaboration.id, initiative.id, mode === 'body' ? bodyId : '')
  const body = governance.bodies.find((b) => b.id === bodyId)
  const mutation = mode === 'body' ? changes.recordBodyDecision : changes.recordMemberDecision
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const fromMinutes = mode === 'body' && source === 'minutes'

  const chooseBody = (id: string) => {
    setBodyId(id)
    setItemId('')
    setSource(keptFrom(id) ? 'minutes' : 'external')
  }
  const chooseKind = (id: string) => {
    setKindId(id)
    if (mode === 'body') chooseBody(deciderOf(id))
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const common = { decisionKindId: kindId, decidedOn, outcome, conditions, reference, attachmentId: attachments[0]?.id ?? null }
    if (fromMinutes) changes.recordBodyDecision.mutate({ decisionKindId: kindId, bodyId, meetingItemId: itemId || null, conditions }, { onSuccess: onClose })
    else if (mode === 'body') changes.recordBodyDecision.mutate({ ...common, bodyId }, { onSuccess: onClose })
    else changes.recordMemberDecision.mutate({ memberId, body: common }, { onSuccess: onClose })
  }
  const title = mode === 'body' ? t('decisions.recordBodyTitle') : t('decisions.recordMemberTitle')
  const sourceHint = body ? (body.minutesKeptFrom ? t('decisions.sourceKeptHint', { body: body.name, date: formatDate(body.minutesKeptFrom) }) : t('decisions.sourceNotKeptHint', { body: body.name })) : undefined

  return (
    <Dialog titleId="decision-dialog-title" title={title} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{gate ? t('decisions.dialogIntro', { gate: gate.name }) : t('decisions.dialogIntroNoGate')}</p>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        {mode === 'member' && (
          <SelectField id={fieldIds.memberId} label={t('decisions.member')} error={fields.memberId} required value={memberId} onChange={setMemberId} options={members.map((m) => ({ value: m.id, label: m.name }))} />
        )}
        <SelectField
          id={fieldIds.decisionKindId}
          label={t('decisions.kind')}
          error={fields.decisionKindId}
          required
          value={kindId}
          onChange={chooseKind}
          empty={t('decisions.chooseKind')}
          options={governance.decisionKinds.map((k) => ({ value: k.id, label: kindName(k) }))}
        />
        {mode === 'body' && (
          <SelectField
            id={fieldIds.bodyId}
            label={t('decisions.body')}
            hint={t('decisions.bodyHint')}
            error={fields.bodyId}
            required
            value={bodyId}
            onChange={chooseBody}
            empty={t('decisions.chooseBody')}
            options={governance.bodies.map((b) => ({ value: b.id, label: b.name }))}
          />
        )}
        {mode === 'body' && (
          <fieldset className="field">
            <legend>{t('decisions.source')}</legend>
            {sourceHint && (
              <p className="field-hint" id="decision-source-hint">
                {sourceHint}
              </p>
            )}
            <div className="radio-row">
              {(['minutes', 'external'] as const).map((value) => (
                <label key={value} className="checkbox">
                  <input type="radio" id={`decision-source-${value}`} name="decision-source" value={value} checked={source === value} aria-describedby={sourceHint ? 'decision-source-hint' : undefined} onChange={() => setSource(value)} />
                  {t(`decisions.sources.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {fromMinutes ? (
          <ParagraphPicker paragraphs={paragraphs.data} loading={paragraphs.isPending && bodyId !== ''} value={itemId} onChange={setItemId} error={fields.meetingItemId} />
        ) : (
          <>
            <Field id={fieldIds.decidedOn} label={t('decisions.decidedOn')} hint={t('decisions.dateHint')} error={fields.decidedOn} required>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value.trim())} />}
            </Field>
            <fieldset className={fields.outcome ? 'field field-invalid' : 'field'}>
              <legend>
                {t('decisions.outcome')} <span className="field-required">({t('common.required')})</span>
              </legend>
              {fields.outcome && <p className="field-error">{fields.outcome}</p>}
              <div className="radio-row outcome-radios">
                {OUTCOMES.map((value) => (
                  <label key={value} className="checkbox">
                    <input type="radio" id={`decision-outcome-${value}`} name="decision-outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
                    {t(`outcome.${value}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field
              id={fieldIds.reference}
              label={mode === 'body' ? t('decisions.referenceExternal') : t('decisions.referenceMember')}
              hint={mode === 'body' ? t('decisions.referenceExternalHint') : t('decisions.referenceMemberHint')}
              error={fields.reference}
              required={mode === 'body'}
            >
              {(props) => <input {...props} className="input-medium" autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
            </Field>
          </>
        )}
        <Field id={fieldIds.conditions} label={t('decisions.conditions')} hint={t('decisions.conditionsHint')} error={fields.conditions}>
          {(props) => <textarea {...props} rows={3} value={conditions} onChange={(e) => setConditions(e.target.value)} />}
        </Field>
        {!fromMinutes && (
          <AttachmentInput
            id={fieldIds.attachmentId}
            label={t('decisions.attachment')}
            hint={t('decisions.attachmentHint')}
            collaborationId={collaboration.id}
            files={attachments}
            max={1}
            error={fields.attachmentId}
            onChange={setAttachments}
          />
        )}
        <FormActions pending={mutation.isPending} label={t('decisions.save')} pendingLabel={t('decisions.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** The §§ the gate may take, named as in the minutes: "E-nämnden § 4, 2026-12-09: title (outcome)". */
function ParagraphPicker({ paragraphs, loading, value, onChange, error }: { paragraphs: ParagraphCandidate[] | undefined; loading: boolean; value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation()
  if (loading) return <p className="loading">{t('decisions.paragraphsLoading')}</p>
  if (!paragraphs || paragraphs.length === 0) return <p className="alert alert-info">{t('decisions.noParagraphs')}</p>
  return (
    <SelectField
      id={fieldIds.meetingItemId}
      label={t('decisions.paragraph')}
      hint={t('decisions.paragraphHint')}
      error={error}
      required
      value={value}
      onChange={onChange}
      empty={t('decisions.chooseParagraph')}
      options={paragraphs.map((p) => ({
        value: p.itemId,
        label: t('decisions.paragraphOption', { body: p.bodyName, paragraph: p.paragraph, date: formatDate(p.meetingDate), title: p.title, outcome: t(`outcome.${p.outcome}`) }),
      }))}
    />
  )
}
