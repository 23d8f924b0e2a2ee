import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { AnnualWheelItem } from '../api/types'
import { useLanguage } from '../i18n/useLanguage'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, QueryView } from '../ui/Status'
import { monthName } from './months'
import { useAnnualWheel, useAnnualWheelChanges, useWheelDates } from './queries'
import { WheelDateItems } from './WheelDates'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** Årshjul: the twelve months with what recurs in each, and for those who plan, adding and removing. */
export function AnnualWheel({ collaborationId, bodies, mayEdit }: { collaborationId: string; bodies: { id: string; name: string }[]; mayEdit: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const wheel = useAnnualWheel(collaborationId)
  const changes = useAnnualWheelChanges(collaborationId)
  // The dated entries (planning stages, gate deadlines, appeal periods) come from their own modules, this year only.
  const dated = useWheelDates(collaborationId).data?.entries ?? []
  const bodyName = (id: string | null) => bodies.find((b) => b.id === id)?.name
  return (
    <section className="card" aria-labelledby="wheel-heading">
      <h2 id="wheel-heading">{t('calendar.wheelTitle')}</h2>
      <p className="section-lead">{t('calendar.wheelIntro')}</p>
      <QueryView query={wheel}>
        {(items) => (
          <ol className="wheel">
            {MONTHS.map((month) => {
              const inMonth = items.filter((item) => item.month === month)
              const datedInMonth = dated.filter((entry) => Number(entry.date.slice(5, 7)) === month)
              return (
                <li key={month} className="wheel-month">
                  <h3 id={`wheel-month-${month}`}>{monthName(month, language)}</h3>
                  {inMonth.length === 0 && datedInMonth.length === 0 ? (
                    <p className="wheel-empty">{t('calendar.wheelEmpty')}</p>
                  ) : (
                    <ul className="wheel-items" aria-labelledby={`wheel-month-${month}`}>
                      {inMonth.map((item) => (
                        <WheelItem key={item.id} item={item} bodyName={bodyName(item.bodyId)} mayEdit={mayEdit} removing={changes.remove.isPending && changes.remove.variables === item.id} onRemove={() => changes.remove.mutate(item.id)} />
                      ))}
                      <WheelDateItems collaborationId={collaborationId} entries={datedInMonth} />
                    </ul>
                  )}
                </li>
              )
            })}
          </ol>
        )}
      </QueryView>
      <ErrorSummary error={changes.remove.error} />
      {mayEdit && <AddItemForm bodies={bodies} changes={changes} />}
    </section>
  )
}

function WheelItem({ item, bodyName, mayEdit, removing, onRemove }: { item: AnnualWheelItem; bodyName?: string; mayEdit: boolean; removing: boolean; onRemove: () => void }) {
  const { t } = useTranslation()
  return (
    <li className="wheel-item">
      <span className="wheel-item-title">{item.title}</span>
      {bodyName && <span className="cell-secondary">{bodyName}</span>}
      {item.description && <span className="wheel-item-text">{item.description}</span>}
      {mayEdit && (
        <button type="button" className="button-link wheel-remove" onClick={onRemove} disabled={removing}>
          {removing ? (
            t('calendar.removing')
          ) : (
            <>
              {t('calendar.remove')}
              <span className="visually-hidden"> {t('calendar.removeWhat', { title: item.title })}</span>
            </>
          )}
        </button>
      )}
    </li>
  )
}

function AddItemForm({ bodies, changes }: { bodies: { id: string; name: string }[]; changes: ReturnType<typeof useAnnualWheelChanges> }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [month, setMonth] = useState(String(new Date().getMonth() + 1))
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [bodyId, setBodyId] = useState('')
  const add = changes.add
  const fields = add.error instanceof ApiError ? add.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    add.mutate(
      { month: Number(month), title, description, bodyId: bodyId || null },
      {
        onSuccess: () => {
          setTitle('')
          setDescription('')
        },
      },
    )
  }
  return (
    <form className="form wheel-form" onSubmit={submit} aria-labelledby="wheel-add-heading" noValidate>
      <h3 id="wheel-add-heading">{t('calendar.addItem')}</h3>
      <ErrorSummary error={add.error} fieldIds={{ month: 'wheel-month', title: 'wheel-title', description: 'wheel-description', bodyId: 'wheel-body' }} />
      <div className="form-grid">
        <SelectField id="wheel-month" label={t('calendar.month')} error={fields.month} required value={month} onChange={setMonth} options={MONTHS.map((m) => ({ value: String(m), label: monthName(m, language) }))} />
        <SelectField id="wheel-body" label={t('calendar.itemBody')} error={fields.bodyId} value={bodyId} onChange={setBodyId} empty={t('calendar.noBodyItem')} options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
      </div>
      <Field id="wheel-title" label={t('calendar.itemTitle')} error={fields.title} required>
        {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field id="wheel-description" label={t('calendar.itemDescription')} error={fields.description}>
        {(props) => <textarea {...props} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <FormActions pending={add.isPending} label={t('calendar.saveItem')} pendingLabel={t('calendar.savingItem')} />
    </form>
  )
}
