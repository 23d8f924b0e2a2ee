import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { MinutesPages } from './MinutesTable'
import { usePublishedMinutes } from './queries'
import './meetings.css'

/** Protokoll: the published minutes a page at a time (the page in the address), with the last day to appeal and whether the period still runs. */
export function MinutesRegisterPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1)
  const minutes = usePublishedMinutes(collaboration.id, page)
  const setPage = (to: number) => setParams(to > 1 ? { page: String(to) } : {})
  return (
    <Page title={t('minutes.title')} context={collaboration.name} intro={t('minutes.intro')}>
      <section className="card table-card">
        <QueryView query={minutes}>
          {(data) => <MinutesPages collaborationId={collaboration.id} minutes={data} onPage={setPage} captionId="minutes-caption" caption={t('minutes.caption')} />}
        </QueryView>
      </section>
    </Page>
  )
}
