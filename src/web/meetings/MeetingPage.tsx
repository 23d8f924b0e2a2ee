import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDate, formatDateTime } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { AgendaSection } from './AgendaSection'
import { AttendanceSection } from './AttendanceSection'
import { DecisionsSection } from './DecisionsSection'
import { DocumentsSection, NoticeSection } from './NoticeAndDocuments'
import { MinutesSection } from './MinutesSection'
import { CancelMeetingDialog, EditMeetingDialog } from './MeetingDialogs'
import { isOpen, useMeeting, useMeetingChanges, type MeetingChanges } from './queries'
import type { Meeting } from './types'
import '../initiative/initiative.css'
import './meetings.css'
import { PageToc } from '../ui/PageToc'

/** One meeting from agenda to published minutes: a long page with a table of contents, one card per step. */
export function MeetingPage() {
  const { meetingId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const meeting = useMeeting(collaboration.id, meetingId)
  return <QueryView query={meeting}>{(data) => <MeetingView meeting={data} />}</QueryView>
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const changes = useMeetingChanges(collaboration.id, meeting.id)
  const mayPrepare = allows(permissions, 'meetings', 'prepare')
  const sections = [
    { id: 'agenda-heading', label: t('meeting.agenda.title') },
    { id: 'notice-heading', label: t('meeting.notice.title') },
    { id: 'attendance-heading', label: t('meeting.attendance.title') },
    { id: 'documents-heading', label: t('meeting.documents.title') },
    { id: 'decisions-heading', label: t('meeting.decisions.title') },
    { id: 'minutes-heading', label: t('meeting.minutes.title') },
  ]
  return (
    <Page title={t('meeting.title', { body: meeting.bodyName, date: formatDate(meeting.startsAt) })} context={collaboration.name}>
      <p className="back-link">
        <Link to={`/collaborations/${collaboration.id}/calendar`}>{t('meeting.backToList')}</Link>
      </p>
      <MeetingFacts meeting={meeting} />
      {meeting.status === 'cancelled' && meeting.cancelledReason && <p className="alert alert-warning">{t('meeting.change.cancelled', { reason: meeting.cancelledReason })}</p>}
      {mayPrepare && isOpen(meeting) && <MeetingChangeActions meeting={meeting} changes={changes} />}
      {!mayPrepare && <p className="alert alert-info">{t('meeting.readOnly')}</p>}
      <PageToc title={t('meeting.toc')} sections={sections} />
      <AgendaSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
      <NoticeSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
      <AttendanceSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
      <DocumentsSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
      <DecisionsSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
      <MinutesSection meeting={meeting} changes={changes} mayPrepare={mayPrepare} />
    </Page>
  )
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  const ends = meeting.endsAt ? formatDateTime(meeting.endsAt).slice(11) : null
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {t('meeting.factsTitle')}
      </h2>
      <dl className="facts meeting-facts">
        <div>
          <dt>{t('meeting.body')}</dt>
          <dd>{meeting.bodyName}</dd>
        </div>
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd className="nowrap">
            {formatDateTime(meeting.startsAt)}
            {ends && `–${ends}`}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.place')}</dt>
          <dd>
            {meeting.place || (!meeting.link && t('meeting.noPlace'))}
            {meeting.link && (
              <a className="cell-secondary meeting-link" href={meeting.link}>
                {t('meeting.link')}
              </a>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.status')}</dt>
          <dd>
            <span className={`badge meeting-status meeting-${meeting.status}`}>{t(`meetingStatus.${meeting.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('meeting.secretary')}</dt>
          <dd>{meeting.secretaryName || t('meeting.none')}</dd>
        </div>
      </dl>
    </section>
  )
}

/** A meeting not yet held: its time and place can change, or it can be cancelled with a reason. */
function MeetingChangeActions({ meeting, changes }: { meeting: Meeting; changes: MeetingChanges }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<{ what: 'edit' | 'cancel'; opener: HTMLElement } | null>(null)
  return (
    <div className="meeting-change-actions">
      <button type="button" className="button button-secondary" onClick={(e) => setOpen({ what: 'edit', opener: e.currentTarget })}>
        {t('meeting.change.edit')}
      </button>
      <button type="button" className="button button-secondary" onClick={(e) => setOpen({ what: 'cancel', opener: e.currentTarget })}>
        {t('meeting.change.cancel')}
      </button>
      {open?.what === 'edit' && <EditMeetingDialog meeting={meeting} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
      {open?.what === 'cancel' && <CancelMeetingDialog meeting={meeting} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
    </div>
  )
}
