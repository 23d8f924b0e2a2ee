import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { initiativeBenefitsPath, type BenefitChanges } from './queries'
import type { ImportResult } from './types'

/** Export of indicators and measurements as CSV and Excel, and the import of the same columns. */
export function BenefitsTransfer({ initiativeId, mayImport, changes }: { initiativeId: string; mayImport: boolean; changes: BenefitChanges }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const path = initiativeBenefitsPath(collaboration.id, initiativeId)
  const [file, setFile] = useState<File | null>(null)
  const [missing, setMissing] = useState(false)
  const importFile = changes.importFile
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setMissing(!file)
    if (file) importFile.mutate(file)
  }
  const error = importFile.error
  return (
    <div className="benefits-transfer">
      <h3>{t('benefits.export')}</h3>
      <p className="button-row">
        <a className="button button-secondary" href={`${path}/export.csv`} download>
          {t('benefits.exportCsv')}
        </a>
        <a className="button button-secondary" href={`${path}/export.xlsx`} download>
          {t('benefits.exportXlsx')}
        </a>
      </p>
      {mayImport && (
        <form className="form benefits-import" onSubmit={submit} noValidate>
          {error && <ImportProblems error={error} />}
          {importFile.isSuccess && <SuccessMessage>{importedText(importFile.data, t)}</SuccessMessage>}
          <div className={missing ? 'field field-invalid' : 'field'}>
            <label htmlFor="benefits-import-file">{t('benefits.importLabel')}</label>
            <p className="field-hint" id="benefits-import-file-hint">
              {t('benefits.importHint')}
            </p>
            {missing && (
              <p className="field-error" id="benefits-import-file-error">
                {t('benefits.importChooseFile')}
              </p>
            )}
            <input
              id="benefits-import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={missing ? 'benefits-import-file-hint benefits-import-file-error' : 'benefits-import-file-hint'}
              aria-invalid={missing ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                importFile.reset()
              }}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={importFile.isPending}>
              {importFile.isPending ? t('benefits.importing') : t('benefits.importButton')}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}

function importedText(result: ImportResult | undefined, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!result) return t('benefits.imported')
  return t('benefits.importedCounts', { effects: result.effectsCreated, indicators: result.indicatorsCreated, figures: result.figuresSaved, measurements: result.measurementsCreated })
}

/** Every bad row and column the server named, each on its own line. */
function ImportProblems({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.messages.length === 0) return <ErrorSummary error={error} />
  return (
    <div className="alert alert-error" role="alert">
      <h2 className="alert-title">{error.title}</h2>
      <ul>
        {error.messages.map((m, i) => (
          <li key={i}>{m.path ? `${m.path}: ${m.message}` : m.message}</li>
        ))}
      </ul>
    </div>
  )
}
