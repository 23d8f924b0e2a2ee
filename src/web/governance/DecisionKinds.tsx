import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { DecisionKind } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { useKindName } from './names'
import type { GovernanceChanges } from './queries'

/** The catalogue of decision kinds; the coordinator adds and changes them. */
export function DecisionKinds({ kinds, collaborationName, changes }: { kinds: DecisionKind[]; collaborationName: string; changes: GovernanceChanges | null }) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const [open, setOpen] = useState<{ kind: DecisionKind | null; opener: HTMLElement } | null>(null)
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'))
  return (
    <section className="card table-card" aria-labelledby="kinds-caption">
      <Table captionId="kinds-caption" caption={t('governance.kindsCaption', { name: collaborationName })}>
        <ColumnHeads columns={[t('governance.decisionKind'), t('governance.binding'), t('governance.kindMembersMustDecide'), changes && t('members.actions')]} />
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind.id}>
              <th scope="row">{kindName(kind)}</th>
              <td>{yesNo(kind.binding)}</td>
              <td>
                {/* The decision path's answer, so the table, the path and the overview never disagree. */}
                {yesNo(kind.membersMustDecide)}
                {kind.memberDecisionReason && <span className="cell-secondary">{t(`governance.reason.${kind.memberDecisionReason}`)}</span>}
              </td>
              {changes && (
                <td>
                  <button type="button" className="button-link" aria-label={t('governanceEdit.editKindLabel', { name: kindName(kind) })} onClick={(e) => setOpen({ kind, opener: e.currentTarget })}>
                    {t('governanceEdit.editKind')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {changes && (
        <p className="table-more">
          <button type="button" className="button button-secondary button-small" onClick={(e) => setOpen({ kind: null, opener: e.currentTarget })}>
            {t('governanceEdit.addKind')}
          </button>
        </p>
      )}
      {changes && open && <KindDialog kind={open.kind} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
    </section>
  )
}

const fieldIds = { nameSv: 'kind-name-sv', nameEn: 'kind-name-en', binding: 'kind-binding', requiresMemberDecisions: 'kind-requires' }

function KindDialog({ kind, changes, returnFocusTo, onClose }: { kind: DecisionKind | null; changes: GovernanceChanges; returnFocusTo: HTMLElement; onClose: () => void }) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const mutation = kind ? changes.updateKind : changes.createKind
  const { reset } = mutation
  useEffect(() => reset(), [reset])
  const [nameSv, setNameSv] = useState(kind?.nameSv ?? '')
  const [nameEn, setNameEn] = useState(kind?.nameEn ?? '')
  const [binding, setBinding] = useState(kind?.binding ?? false)
  const [requires, setRequires] = useState(kind?.requiresMemberDecisions ?? false)
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = { nameSv, nameEn, binding, requiresMemberDecisions: requires }
    if (kind) changes.updateKind.mutate({ kindId: kind.id, body: { version: kind.version, ...input } }, { onSuccess: onClose })
    else changes.createKind.mutate(input, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="kind-dialog-title" title={kind ? t('governanceEdit.editKindLabel', { name: kindName(kind) }) : t('governanceEdit.addKind')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        <Field id={fieldIds.nameSv} label={t('governanceEdit.nameSv')} error={fields.nameSv} required>
          {(props) => <input {...props} lang="sv" autoComplete="off" value={nameSv} onChange={(e) => setNameSv(e.target.value)} />}
        </Field>
        <Field id={fieldIds.nameEn} label={t('governanceEdit.nameEn')} error={fields.nameEn} required>
          {(props) => <input {...props} lang="en" autoComplete="off" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />}
        </Field>
        <p>
          <label className="checkbox">
            <input id={fieldIds.binding} type="checkbox" checked={binding} onChange={(e) => setBinding(e.target.checked)} /> {t('governanceEdit.binding')}
          </label>
        </p>
        <p>
          <label className="checkbox">
            <input id={fieldIds.requiresMemberDecisions} type="checkbox" aria-describedby="kind-requires-hint" checked={requires} onChange={(e) => setRequires(e.target.checked)} />{' '}
            {t('governanceEdit.requiresMemberDecisions')}
          </label>
        </p>
        <p id="kind-requires-hint" className="field-hint">
          {t('governanceEdit.requiresMemberDecisionsHint')}
        </p>
        <FormActions pending={mutation.isPending} label={t('governanceEdit.save')} pendingLabel={t('governanceEdit.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
