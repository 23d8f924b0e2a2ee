import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../api/types'
import { fieldErrors } from '../ui/form-errors'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { useCaseChanges } from './queries'

/** The case's proposed decision (förslag till beslut): what the meeting's decision starts from. The registrar edits it. */
export function ProposedDecision({ collaborationId, detail, mayEdit }: { collaborationId: string; detail: CaseDetail; mayEdit: boolean }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(detail.proposedDecision)
  // Its own mutation, so that the status form's messages and this one's do not mix.
  const update = useCaseChanges(collaborationId, detail.id).update
  const fields = fieldErrors(update.error)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate(
      {
        version: detail.version,
        title: detail.title,
        description: detail.description,
        proposedDecision: text,
        status: detail.status,
        preparingBodyId: detail.preparingBodyId,
        decidingBodyId: detail.decidingBodyId,
        initiativeId: detail.initiativeId,
        confidential: detail.confidential,
        confidentialityGround: detail.confidentialityGround,
      },
      { onSuccess: () => setEditing(false) },
    )
  }

  return (
    <div className="case-proposal">
      <h3 id="case-proposal-heading">{t('cases.proposedDecision')}</h3>
      {editing ? (
        <form onSubmit={submit} noValidate aria-labelledby="case-proposal-heading">
          <ErrorSummary error={update.error} fieldIds={{ proposedDecision: 'case-proposed-decision' }} />
          <Field id="case-proposed-decision" label={t('cases.proposedDecisionLabel')} hint={t('cases.proposedDecisionHint')} error={fields.proposedDecision}>
            {(props) => <textarea {...props} rows={5} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <FormActions
            pending={update.isPending}
            label={t('cases.saveProposal')}
            pendingLabel={t('cases.savingProposal')}
            onCancel={() => {
              setText(detail.proposedDecision)
              setEditing(false)
            }}
          />
        </form>
      ) : (
        <>
          {update.isSuccess && (
            <SuccessMessage>
              <p>{t('cases.proposalSaved')}</p>
            </SuccessMessage>
          )}
          {detail.withheld ? null : detail.proposedDecision ? <p className="case-description">{detail.proposedDecision}</p> : <p className="empty">{t('cases.noProposal')}</p>}
          {mayEdit && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setText(detail.proposedDecision)
                update.reset()
                setEditing(true)
              }}
            >
              {detail.proposedDecision ? t('cases.editProposal') : t('cases.writeProposal')}
            </button>
          )}
        </>
      )}
    </div>
  )
}
