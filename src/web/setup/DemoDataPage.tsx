import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../shared/format'
import { Dialog } from '../ui/Dialog'
import { Page } from '../ui/Page'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { useDemoData, useRemoveDemoData, type DemoData, type DemoRemoval } from './queries'

/** Administration → Demo data: what the demo left behind, and removing all of it in one step. */
export function DemoDataPage() {
  const { t } = useTranslation()
  const demo = useDemoData()
  const remove = useRemoveDemoData()
  const [result, setResult] = useState<DemoRemoval | null>(null)
  return (
    <Page title={t('demoData.title')} intro={t('demoData.intro')}>
      {result && <RemovalResult result={result} />}
      <ErrorSummary error={remove.error} />
      <QueryView query={demo}>
        {(data) =>
          data.collaborations.length === 0 && data.accounts === 0 ? (
            !result && <p className="empty">{t('demoData.none')}</p>
          ) : (
            <DemoDataSummary data={data} pending={remove.isPending} onRemove={() => remove.mutate(undefined, { onSuccess: setResult })} />
          )
        }
      </QueryView>
    </Page>
  )
}

function DemoDataSummary({ data, pending, onRemove }: { data: DemoData; pending: boolean; onRemove: () => void }) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  return (
    <section className="card">
      <dl className="facts">
        <div>
          <dt>{t('demoData.collaborations')}</dt>
          <dd className="figure">{formatNumber(data.collaborations.length)}</dd>
        </div>
        <div>
          <dt>{t('demoData.records')}</dt>
          <dd className="figure">{formatNumber(data.records)}</dd>
        </div>
        <div>
          <dt>{t('demoData.accounts')}</dt>
          <dd className="figure">{formatNumber(data.accounts)}</dd>
        </div>
      </dl>
      <ul>
        {data.collaborations.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <button type="button" ref={opener} className="button button-danger" onClick={() => setConfirming(true)}>
        {t('demoData.remove')}
      </button>
      {confirming && (
        <Dialog titleId="demo-remove-title" title={t('demoData.confirmTitle')} onClose={() => setConfirming(false)} returnFocusTo={opener.current}>
          <p>{t('demoData.confirmText')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              onClick={() => {
                setConfirming(false)
                onRemove()
              }}
            >
              {pending ? t('demoData.removing') : t('demoData.remove')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  )
}

function RemovalResult({ result }: { result: DemoRemoval }) {
  const { t } = useTranslation()
  return (
    <SuccessMessage>
      <p>
        {t('demoData.removed', {
          collaborations: formatNumber(result.removedCollaborations.length),
          records: formatNumber(result.removedRecords),
          accounts: formatNumber(result.removedAccounts),
        })}
      </p>
      {result.deactivatedAccounts.length > 0 && (
        <>
          <p>{t('demoData.deactivated')}</p>
          <ul>
            {result.deactivatedAccounts.map((account) => (
              <li key={account.email}>
                {account.name} ({account.email})
              </li>
            ))}
          </ul>
        </>
      )}
    </SuccessMessage>
  )
}
