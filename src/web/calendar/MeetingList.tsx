import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { MeetingSummary } from '../api/types'
import { useLanguage } from '../i18n/useLanguage'
import { monthHeading } from './months'
import { stockholmMonth, stockholmTime } from './stockholm-time'

export const MEETING_STATUS_BADGE: Record<MeetingSummary['status'], string> = {
  planned: 'badge',
  notice_sent: 'badge badge-info',
  held: 'badge badge-warning',
  minutes_approved: 'badge meeting-approved',
  published: 'badge meeting-published',
  cancelled: 'badge badge-error',
}

/** Meetings grouped by month (in Swedish time), each linking to its meeting page. */
export function MeetingList({ collaborationId, meetings }: { collaborationId: string; meetings: MeetingSummary[] }) {
  const language = useLanguage()
  const months = new Map<string, MeetingSummary[]>()
  for (const meeting of meetings) {
    const month = stockholmMonth(meeting.startsAt)
    months.set(month, [...(months.get(month) ?? []), meeting])
  }
  return (
    <div className="meeting-months">
      {[...months].map(([month, list]) => (
        <div key={month} className="meeting-month">
          <h3 className="meeting-month-heading">{monthHeading(month, language)}</h3>
          <ul className="meeting-list">
            {list.map((meeting) => (
              <MeetingItem key={meeting.id} collaborationId={collaborationId} meeting={meeting} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}

function MeetingItem({ collaborationId, meeting }: { collaborationId: string; meeting: MeetingSummary }) {
  const { t } = useTranslation()
  const date = formatDate(meeting.startsAt)
  const start = stockholmTime(meeting.startsAt)
  const when = meeting.endsAt ? t('calendar.whenRange', { date, start, end: stockholmTime(meeting.endsAt) }) : t('calendar.when', { date, start })
  return (
    <li className={meeting.status === 'cancelled' ? 'meeting-item meeting-cancelled' : 'meeting-item'}>
      <div className="meeting-date" aria-hidden="true">
        <span className="meeting-day">{date.slice(8, 10)}</span>
        <span className="meeting-time">{start}</span>
      </div>
      <div className="meeting-main">
        <Link className="meeting-title" to={`/collaborations/${collaborationId}/meetings/${meeting.id}`}>
          {meeting.bodyName}, {when}
        </Link>
        <p className="meeting-facts">
          <span className={MEETING_STATUS_BADGE[meeting.status]}>{t(`meetingStatus.${meeting.status}`)}</span>
          {meeting.items > 0 && <span>{t('calendar.items', { count: meeting.items })}</span>}
          {meeting.paragraphs && <span>{meeting.paragraphs}</span>}
          {meeting.place && (
            <span>
              {t('calendar.place')}: {meeting.place}
            </span>
          )}
          {/^https?:\/\//.test(meeting.link) && (
            <a href={meeting.link} rel="noreferrer">
              {t('calendar.link')}
            </a>
          )}
        </p>
      </div>
    </li>
  )
}
