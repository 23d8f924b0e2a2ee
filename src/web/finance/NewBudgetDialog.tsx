import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { ApiError } from '../api/client'
import { useInitiativeChoices } from '../cases/queries'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { yearChoices } from './period'
import { useCreateBudget } from './queries'

const FIELD_IDS = { initiativeId: 'budget-scope', year: 'budget-year', note: 'budget-note' }

/** Ny budget: for the collaboration itself or an initiative, for a year; opens the new budget. */
export function NewBudgetDialog({ year, returnFocusTo, onClose }: { year: number; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { collaboration } = useCurrentCollaboration()
  const initiatives = useInitiativeChoices(collaboration.id)
  const create = useCreateBudget(collaboration.id)
  const [initiativeId, setInitiativeId] = useState('')
  const [budgetYear, setBudgetYear] = useState(String(year))
  const [note, setNote] = useState('')
  const fields = create.error instanceof ApiError ? create.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { initiativeId: initiativeId || null, year: Number(budgetYear), note },
      { onSuccess: (budget) => void navigate(`/collaborations/${collaboration.id}/finance/budgets/${budget.id}`) },
    )
  }
  return (
    <Dialog titleId="new-budget-title" title={t('finance.newBudget.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.newBudget.intro')}</p>
        <ErrorSummary error={create.error} fieldIds={FIELD_IDS} />
        <SelectField
          id={FIELD_IDS.initiativeId}
          label={t('finance.newBudget.scope')}
          error={fields.initiativeId}
          value={initiativeId}
          onChange={setInitiativeId}
          empty={t('finance.newBudget.collaboration')}
          options={(initiatives.data ?? []).map((i) => ({ value: i.id, label: i.title }))}
        />
        <SelectField id={FIELD_IDS.year} label={t('finance.newBudget.year')} error={fields.year} required value={budgetYear} onChange={setBudgetYear} options={yearChoices(year).map((y) => ({ value: String(y), label: String(y) }))} />
        <Field id={FIELD_IDS.note} label={t('finance.newBudget.note')} error={fields.note}>
          {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <FormActions pending={create.isPending} label={t('finance.newBudget.save')} pendingLabel={t('finance.newBudget.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
