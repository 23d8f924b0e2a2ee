import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BODY_KINDS, type BodyKind } from '../../modules/governance/governance.model'
import { ApiError } from '../api/client'
import type { Governance, GovernanceBody } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import type { GovernanceChanges } from './queries'

const fieldIds = { name: 'body-name', kind: 'body-kind', purpose: 'body-purpose', meetingCadence: 'body-cadence', escalatesToBodyId: 'body-escalates-to', minutesKeptFrom: 'body-minutes-kept-from' }

/** Add a body, or change one (with the version it was read at, so a change made meanwhile is not overwritten). */
export function BodyDialog({
  body,
  governance,
  changes,
  returnFocusTo,
  onClose,
  onCreated,
}: {
  body: GovernanceBody | null
  governance: Governance
  changes: GovernanceChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
  onCreated?: (body: GovernanceBody) => void
}) {
  const { t } = useTranslation()
  const mutation = body ? changes.updateBody : changes.createBody
  const { reset } = mutation
  useEffect(() => reset(), [reset])
  const [name, setName] = useState(body?.name ?? '')
  const [kind, setKind] = useState<BodyKind>(body?.kind ?? 'steering_group')
  const [purpose, setPurpose] = useState(body?.purpose ?? '')
  const [meetingCadence, setMeetingCadence] = useState(body?.meetingCadence ?? '')
  const [escalatesTo, setEscalatesTo] = useState(body?.escalatesToBodyId ?? '')
  const [minutesKeptFrom, setMinutesKeptFrom] = useState(body?.minutesKeptFrom ?? '')
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const others = governance.bodies.filter((b) => b.id !== body?.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = { name, kind, purpose, meetingCadence, escalatesToBodyId: escalatesTo || null, minutesKeptFrom: minutesKeptFrom || null }
    if (body) changes.updateBody.mutate({ bodyId: body.id, body: { version: body.version, ...input } }, { onSuccess: onClose })
    else changes.createBody.mutate(input, { onSuccess: (created) => { onCreated?.(created); onClose() } })
  }

  return (
    <Dialog titleId="body-dialog-title" title={body ? t('governanceEdit.editBodyTitle', { name: body.name }) : t('governanceEdit.addBody')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        <Field id={fieldIds.name} label={t('governanceEdit.name')} error={fields.name} required>
          {(props) => <input {...props} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <SelectField id={fieldIds.kind} label={t('governanceEdit.kind')} error={fields.kind} required value={kind} onChange={setKind} options={BODY_KINDS.map((k) => ({ value: k, label: t(`governance.bodyKinds.${k}`) }))} />
        <SelectField
          id={fieldIds.escalatesToBodyId}
          label={t('governanceEdit.escalatesTo')}
          hint={t('governanceEdit.escalatesToHint')}
          error={fields.escalatesToBodyId}
          value={escalatesTo}
          onChange={setEscalatesTo}
          empty={t('governanceEdit.noEscalation')}
          options={others.map((b) => ({ value: b.id, label: b.name }))}
        />
        <Field id={fieldIds.meetingCadence} label={t('governanceEdit.meetingCadence')} hint={t('governanceEdit.meetingCadenceHint')} error={fields.meetingCadence}>
          {(props) => <input {...props} autoComplete="off" value={meetingCadence} onChange={(e) => setMeetingCadence(e.target.value)} />}
        </Field>
        <Field id={fieldIds.minutesKeptFrom} label={t('governanceEdit.minutesKeptFrom')} hint={t('governanceEdit.minutesKeptFromHint')} error={fields.minutesKeptFrom}>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={minutesKeptFrom} onChange={(e) => setMinutesKeptFrom(e.target.value.trim())} />}
        </Field>
        <Field id={fieldIds.purpose} label={t('governanceEdit.purpose')} error={fields.purpose}>
          {(props) => <textarea {...props} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <FormActions pending={mutation.isPending} label={t('governanceEdit.save')} pendingLabel={t('governanceEdit.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
