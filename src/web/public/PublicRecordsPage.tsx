import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { formatDateTime } from '../../shared/format'
import { ApiError } from '../api/client'
import { MinutesPages } from '../meetings/MinutesTable'
import type { MeetingSummary } from '../meetings/types'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { DecisionRegister } from './DecisionRegister'
import { usePublicRecords } from './queries'
import './public.css'
import '../initiative/initiative.css'
import '../meetings/meetings.css'

/** Offentliga handlingar: the published minutes, the meeting calendar and the decision register, readable without logging in. */
export function PublicRecordsPage() {
  const { t } = useTranslation()
  const { collaborationId = '' } = useParams()
  const [minutesPage, setMinutesPage] = useState(1)
  const records = usePublicRecords(collaborationId, minutesPage)
  const error = records.collaboration.error
  if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
    return (
      <Page title={t('publicRecords.title')}>
        <p className="alert alert-info">{error.status === 404 ? t('publicRecords.notFound') : t('publicRecords.notPublic')}</p>
      </Page>
    )
  }
  return (
    <QueryView query={records.collaboration}>
      {(collaboration) => (
        <Page title={t('publicRecords.title')} context={collaboration.name}>
          <section className="card public-principle" aria-labelledby="principle-heading">
            <h2 id="principle-heading">{t('publicRecords.principleTitle')}</h2>
            <p>{t('publicRecords.principle')}</p>
            <p>{t('publicRecords.askFor')}</p>
          </section>
          <section className="card table-card" aria-labelledby="public-minutes-heading">
            <h2 id="public-minutes-heading" className="table-card-heading">
              {t('publicRecords.minutesTitle')}
            </h2>
            <QueryView query={records.minutes}>
              {(minutes) => <MinutesPages collaborationId={collaborationId} minutes={minutes} onPage={setMinutesPage} captionId="public-minutes-caption" caption={t('minutes.caption')} />}
            </QueryView>
          </section>
          <section className="card table-card" aria-labelledby="public-calendar-heading">
            <h2 id="public-calendar-heading" className="table-card-heading">
              {t('publicRecords.calendarTitle')}
            </h2>
            <QueryView query={records.meetings} empty={t('publicRecords.calendarEmpty')}>
              {(meetings) => <Calendar meetings={meetings} />}
            </QueryView>
          </section>
          <section className="card table-card" aria-labelledby="public-decisions-heading">
            <h2 id="public-decisions-heading" className="table-card-heading">
              {t('publicRecords.decisionsTitle')}
            </h2>
            <p className="card-inset section-lead public-register-lead">{t('decisionRegister.intro')}</p>
            <DecisionRegister collaborationId={collaborationId} />
          </section>
        </Page>
      )}
    </QueryView>
  )
}

function Calendar({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation()
  const now = new Date().toISOString()
  const upcoming = meetings.filter((m) => m.startsAt >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = meetings.filter((m) => m.startsAt < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  const table = (list: MeetingSummary[], id: string, caption: string) => (
    <Table captionId={id} caption={caption} captionClassName="table-subcaption">
      <ColumnHeads columns={[t('publicRecords.when'), t('publicRecords.body'), t('publicRecords.place'), t('publicRecords.status')]} />
      <tbody>
        {list.map((m) => (
          <tr key={m.id}>
            <td className="nowrap">{formatDateTime(m.startsAt)}</td>
            <th scope="row">{m.bodyName}</th>
            <td>{m.place || '–'}</td>
            <td>
              {t(`meetingStatus.${m.status}`)}
              {m.paragraphs && <span className="cell-secondary">{m.paragraphs}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
  return (
    <>
      {upcoming.length > 0 ? table(upcoming, 'public-upcoming-caption', t('publicRecords.upcoming')) : <p className="empty">{t('publicRecords.calendarEmpty')}</p>}
      {past.length > 0 && table(past, 'public-past-caption', t('publicRecords.past'))}
    </>
  )
}
