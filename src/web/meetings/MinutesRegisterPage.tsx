import { useTranslation } from 'react-i18next'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { MinutesTable } from './MinutesTable'
import { usePublishedMinutes } from './queries'
import './meetings.css'

/** Protokoll: every published set of minutes, with the last day to appeal and whether the period still runs. */
export function MinutesRegisterPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const minutes = usePublishedMinutes(collaboration.id)
  return (
    <Page title={t('minutes.title')} context={collaboration.name} intro={t('minutes.intro')}>
      <section className="card table-card">
        <QueryView query={minutes} empty={t('minutes.empty')}>
          {(data) => <MinutesTable collaborationId={collaboration.id} minutes={data} captionId="minutes-caption" caption={t('minutes.caption')} />}
        </QueryView>
      </section>
    </Page>
  )
}
