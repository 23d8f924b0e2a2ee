import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import type { MeetingSummary } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useGovernance } from '../governance/queries'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { AnnualWheel } from './AnnualWheel'
import { MeetingList } from './MeetingList'
import { NewMeetingDialog } from './NewMeetingDialog'
import { calendarFeedUrl, useCalendar } from './queries'
import './calendar.css'

/** Kalender: the bodies' meetings by month, upcoming first, the iCal feeds to subscribe to, and the annual wheel. */
export function CalendarPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const bodyId = params.get('bodyId') ?? undefined
  const meetings = useCalendar(collaboration.id, bodyId)
  const governance = useGovernance(collaboration.id)
  const bodies = (governance.data?.bodies ?? []).map((b) => ({ id: b.id, name: b.name }))
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const chooseBody = (id: string) => {
    const next = new URLSearchParams(params)
    if (id) next.set('bodyId', id)
    else next.delete('bodyId')
    setParams(next, { replace: true })
  }
  return (
    <Page
      title={t('calendar.title')}
      context={collaboration.name}
      intro={t('calendar.intro')}
      actions={
        allows(permissions, 'meetings', 'prepare') && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('calendar.newMeeting')}
          </button>
        )
      }
    >
      <div className="calendar-filter">
        <SelectField id="calendar-body" label={t('calendar.body')} value={bodyId ?? ''} onChange={chooseBody} empty={t('calendar.allBodies')} options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
      </div>
      <div className="calendar-layout">
        <div className="calendar-meetings">
          <QueryView query={meetings}>{(list) => <Meetings collaborationId={collaboration.id} meetings={list} />}</QueryView>
        </div>
        <aside className="card calendar-subscribe" aria-labelledby="subscribe-heading">
          <h2 id="subscribe-heading">{t('calendar.subscribeTitle')}</h2>
          <p>{t('calendar.subscribeIntro')}</p>
          <ul className="plain-list subscribe-list">
            {bodies
              .filter((b) => !bodyId || b.id === bodyId)
              .map((b) => (
                <li key={b.id}>
                  <span className="subscribe-body">{b.name}</span>
                  <a href={calendarFeedUrl(collaboration.id, b.id)} aria-label={t('calendar.subscribeFor', { name: b.name })}>
                    {t('calendar.subscribe')}
                  </a>
                </li>
              ))}
          </ul>
        </aside>
      </div>
      <AnnualWheel collaborationId={collaboration.id} bodies={bodies} mayEdit={allows(permissions, 'meetings', 'annualWheel')} />
      {opener && <NewMeetingDialog bodies={bodies} initialBodyId={bodyId} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

function Meetings({ collaborationId, meetings }: { collaborationId: string; meetings: MeetingSummary[] }) {
  const { t } = useTranslation()
  const now = Date.now()
  // A meeting stays "upcoming" until it has ended (or, without an end, for the day it starts).
  const over = (m: MeetingSummary) => new Date(m.endsAt ?? m.startsAt).getTime() + (m.endsAt ? 0 : 12 * 3600_000) < now
  const upcoming = meetings.filter((m) => !over(m)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const past = meetings.filter(over).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
  return (
    <>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('calendar.upcoming')}</h2>
        {upcoming.length === 0 ? <p className="empty">{t('calendar.noneUpcoming')}</p> : <MeetingList collaborationId={collaborationId} meetings={upcoming} />}
      </section>
      <section className="card" aria-labelledby="past-heading">
        <h2 id="past-heading">{t('calendar.past')}</h2>
        {past.length === 0 ? <p className="empty">{t('calendar.nonePast')}</p> : <MeetingList collaborationId={collaborationId} meetings={past} />}
      </section>
    </>
  )
}
