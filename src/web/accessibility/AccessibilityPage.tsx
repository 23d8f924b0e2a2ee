import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { ApiError, api } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { ErrorSummary, SuccessMessage } from '../ui/Status'

/** The date the statement was last reviewed (the law asks for it). */
const STATEMENT_DATE = '2026-11-24'
const fieldIds = { page: 'report-page', description: 'report-description', contactEmail: 'report-email' }

/** Tillgänglighetsredogörelse, as lag (2018:1937) requires, with the feedback form it asks for. */
export function AccessibilityPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const [page, setPage] = useState(params.get('page') ?? '')
  const [description, setDescription] = useState('')
  const [contactEmail, setContactEmail] = useState('')
  const report = useMutation({ mutationFn: (body: { page: string; description: string; contactEmail: string }) => api('POST', '/api/accessibility-reports', body) })
  const fields = report.error instanceof ApiError ? report.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    report.mutate({ page, description, contactEmail }, { onSuccess: () => setDescription('') })
  }

  return (
    <Page title={t('accessibility.title')} intro={t('accessibility.intro')}>
      <div className="two-columns">
        <div className="prose card">
          <h2>{t('accessibility.statusTitle')}</h2>
          <p>{t('accessibility.status')}</p>
          <h2>{t('accessibility.howTitle')}</h2>
          <p>{t('accessibility.how')}</p>
          <h2>{t('accessibility.knownTitle')}</h2>
          <p>{t('accessibility.known')}</p>
          <h2>{t('accessibility.supervisionTitle')}</h2>
          <p>{t('accessibility.supervision')}</p>
          <p>
            <a href="https://www.digg.se/tdosanmalan">{t('accessibility.supervisionLink')}</a>
          </p>
          <h2>{t('accessibility.preparedTitle')}</h2>
          <p>{t('accessibility.prepared', { date: formatDate(STATEMENT_DATE) })}</p>
        </div>
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="report-heading">
          <h2 id="report-heading">{t('accessibility.reportTitle')}</h2>
          <p>{t('accessibility.reportIntro')}</p>
          <ErrorSummary error={report.error} fieldIds={fieldIds} />
          {report.isSuccess && <SuccessMessage>{t('accessibility.sent')}</SuccessMessage>}
          <Field id={fieldIds.page} label={t('accessibility.page')} hint={t('accessibility.pageHint')} error={fields.page} required>
            {(props) => <input {...props} value={page} onChange={(e) => setPage(e.target.value)} />}
          </Field>
          <Field id={fieldIds.description} label={t('accessibility.description')} hint={t('accessibility.descriptionHint')} error={fields.description} required>
            {(props) => <textarea {...props} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
          <Field id={fieldIds.contactEmail} label={t('accessibility.email')} hint={t('accessibility.emailHint')} error={fields.contactEmail}>
            {(props) => <input {...props} type="email" autoComplete="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />}
          </Field>
          <FormActions pending={report.isPending} label={t('accessibility.submit')} pendingLabel={t('accessibility.submitting')} />
        </form>
      </div>
    </Page>
  )
}
