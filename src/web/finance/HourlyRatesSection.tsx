import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatOre, MISSING } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView } from '../ui/Status'
import { Table } from '../ui/Table'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import { parseKronor } from '../../shared/money'
import { useAddHourlyRate, useHourlyRates } from './queries'
import { useFinanceRights } from './rights'
import type { HourlyRate } from './types'

/** Timpriser: the agreed rate per role and year that in-kind hours are valued at; the coordinator adds rates. */
export function HourlyRatesSection() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rates = useHourlyRates(collaboration.id)
  const rights = useFinanceRights()
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  return (
    <section className="card table-card" aria-labelledby="rates-heading" id="hourly-rates">
      <div className="card-heading section-heading">
        <h2 id="rates-heading">{t('finance.indexRates.ratesTitle')}</h2>
        {rights.manageKeys && (
          <button type="button" className="button button-secondary button-small" onClick={(e) => setOpener(e.currentTarget)}>
            {t('finance.indexRates.addRate')}
          </button>
        )}
      </div>
      <p className="finance-card-text">{t('finance.indexRates.ratesIntro')}</p>
      <QueryView query={rates}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty card-text">{t('finance.indexRates.ratesNone')}</p>
          ) : (
            <RatesTable rates={list} />
          )
        }
      </QueryView>
      {opener && <HourlyRateDialog existing={rates.data ?? []} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </section>
  )
}

/** Roles down, years across (oldest first), so a role's rate can be followed from year to year. */
function RatesTable({ rates }: { rates: HourlyRate[] }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const years = [...new Set(rates.map((rate) => rate.year))].sort((a, b) => a - b)
  const roles = [...new Set(rates.map((rate) => rate.roleName))].sort((a, b) => a.localeCompare(b, 'sv'))
  const rateOf = (role: string, year: number) => rates.find((rate) => rate.roleName === role && rate.year === year)
  return (
    <Table captionId="rates-caption" caption={t('finance.indexRates.ratesCaption', { name: collaboration.name })} captionClassName="visually-hidden" className="finance-table">
      <thead>
        <tr>
          <th scope="col">{t('finance.indexRates.role')}</th>
          {years.map((year) => (
            <th scope="col" className="numeric" key={year}>
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr key={role}>
            <th scope="row">{role}</th>
            {years.map((year) => {
              const rate = rateOf(role, year)
              return (
                <td className="numeric" key={year}>
                  {rate ? t('finance.indexRates.perHour', { amount: formatOre(rate.rateOre) }) : MISSING}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

const RATE_IDS = { roleName: 'rate-role', year: 'rate-year', rateOre: 'rate-amount' }

/** Lägg till timpris: a role, a year and the rate in kronor (read exactly as öre). */
function HourlyRateDialog({ existing, returnFocusTo, onClose }: { existing: HourlyRate[]; returnFocusTo: HTMLElement; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const add = useAddHourlyRate(collaboration.id)
  const roles = [...new Set(existing.map((rate) => rate.roleName))].sort((a, b) => a.localeCompare(b, 'sv'))
  const [roleName, setRoleName] = useState('')
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [rate, setRate] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const fields = fieldErrors(add.error, local)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const role = roleName.trim()
    const rateOre = parseKronor(rate)
    const errors: Record<string, string> = {}
    if (role.length < 2) errors.roleName = t('finance.rateDialog.roleMissing')
    if (!/^\d{4}$/.test(year.trim()) || Number(year) < 2000 || Number(year) > 2100) errors.year = t('finance.yearInvalid')
    else if (existing.some((r) => r.roleName === role && r.year === Number(year))) errors.roleName = t('finance.rateDialog.exists', { role, year: year.trim() })
    if (rateOre === null || rateOre === 0) errors.rateOre = t('finance.rateDialog.rateInvalid')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || rateOre === null) return
    add.reset()
    add.mutate({ roleName: role, year: Number(year), rateOre }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="rate-dialog-title" title={t('finance.rateDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.rateDialog.intro')}</p>
        <ErrorSummary error={summary ?? add.error} fieldIds={RATE_IDS} />
        <Field id={RATE_IDS.roleName} label={t('finance.rateDialog.role')} hint={t('finance.rateDialog.roleHint')} error={fields.roleName} required>
          {(props) => <input {...props} list="rate-roles" autoComplete="off" value={roleName} onChange={(e) => setRoleName(e.target.value)} />}
        </Field>
        <datalist id="rate-roles">
          {roles.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>
        <div className="form-grid">
          <Field id={RATE_IDS.year} label={t('finance.rateDialog.year')} error={fields.year} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={year} onChange={(e) => setYear(e.target.value)} />}
          </Field>
          <Field id={RATE_IDS.rateOre} label={t('finance.rateDialog.rate')} hint={t('finance.rateDialog.rateHint')} error={fields.rateOre} required>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={rate} onChange={(e) => setRate(e.target.value)} />}
          </Field>
        </div>
        <FormActions pending={add.isPending} label={t('finance.rateDialog.save')} pendingLabel={t('finance.rateDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
