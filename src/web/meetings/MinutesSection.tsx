import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime, todayInSweden } from '../../shared/format'
import { ApiError } from '../api/client'
import { useSession } from '../auth/session'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Field } from '../ui/Field'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { useUsers } from '../users/queries'
import { minutesPdfUrl, type MeetingChanges } from './queries'
import type { Meeting } from './types'

/** Protokoll: chair and adjuster, the PDF, justering by each of them, and publishing with the appeal period. */
export function MinutesSection({ meeting, changes, mayPrepare }: { meeting: Meeting; changes: MeetingChanges; mayPrepare: boolean }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const held = !['planned', 'notice_sent', 'cancelled'].includes(meeting.status)
  const mayChoosePeople = mayPrepare && meeting.approvals.length === 0 && meeting.status !== 'cancelled' && meeting.status !== 'published'
  return (
    <section className="card" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('meeting.minutes.title')}</h2>
      <p className="section-lead">{t('meeting.minutes.intro')}</p>
      {mayChoosePeople ? <PeopleForm meeting={meeting} changes={changes} /> : <PeopleFacts meeting={meeting} />}
      {!held ? (
        <p className="muted">{t('meeting.minutes.notHeld')}</p>
      ) : (
        <>
          <p className="minutes-pdf">
            <a className="button button-secondary" href={minutesPdfUrl(collaboration.id, meeting.id)}>
              {t('meeting.minutes.pdf')}
            </a>
          </p>
          <Approvals meeting={meeting} changes={changes} />
          {meeting.status === 'published' ? <Published meeting={meeting} /> : mayPrepare && <PublishForm meeting={meeting} changes={changes} />}
        </>
      )}
    </section>
  )
}

function PeopleFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  return (
    <dl className="facts minutes-people">
      <div>
        <dt>{t('meeting.minutes.chair')}</dt>
        <dd>{meeting.chairName ?? t('meeting.none')}</dd>
      </div>
      <div>
        <dt>{t('meeting.minutes.adjuster')}</dt>
        <dd>{meeting.adjusterNames.length > 0 ? meeting.adjusterNames.join(', ') : t('meeting.none')}</dd>
      </div>
    </dl>
  )
}

function PeopleForm({ meeting, changes }: { meeting: Meeting; changes: MeetingChanges }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const users = useUsers(collaboration.id)
  const [chair, setChair] = useState(meeting.chairUserId ?? '')
  const [adjuster, setAdjuster] = useState(meeting.adjusterUserIds[0] ?? '')
  const [saved, setSaved] = useState(false)
  const options = (users.data ?? []).map((u) => ({ value: u.id, label: u.name }))
  const fields = changes.update.error instanceof ApiError ? changes.update.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const { version, startsAt, endsAt, place, link, secretaryName } = meeting
    const adjusterUserIds = adjuster ? [adjuster, ...meeting.adjusterUserIds.slice(1).filter((id) => id !== adjuster)] : meeting.adjusterUserIds.slice(1)
    changes.update.mutate({ version, startsAt, endsAt, place, link, secretaryName, chairUserId: chair || null, adjusterUserIds }, { onSuccess: () => setSaved(true) })
  }
  if (users.isError) {
    return (
      <>
        <PeopleFacts meeting={meeting} />
        <p className="alert alert-warning">{t('meeting.minutes.usersUnavailable')}</p>
      </>
    )
  }
  return (
    <form className="form minutes-people-form" onSubmit={submit} noValidate>
      {saved && <SuccessMessage>{t('meeting.minutes.peopleSaved')}</SuccessMessage>}
      <ErrorSummary error={changes.update.error} fieldIds={{ chairUserId: 'minutes-chair', adjusterUserIds: 'minutes-adjuster' }} />
      <div className="form-grid">
        <SelectField id="minutes-chair" label={t('meeting.minutes.chair')} error={fields.chairUserId} value={chair} onChange={setChair} empty={t('meeting.minutes.choosePerson')} options={options} disabled={users.isPending} />
        <SelectField id="minutes-adjuster" label={t('meeting.minutes.adjuster')} error={fields.adjusterUserIds} value={adjuster} onChange={setAdjuster} empty={t('meeting.minutes.choosePerson')} options={options} disabled={users.isPending} />
      </div>
      <button type="submit" className="button button-secondary" disabled={changes.update.isPending}>
        {changes.update.isPending ? t('meeting.minutes.savingPeople') : t('meeting.minutes.savePeople')}
      </button>
    </form>
  )
}

function Approvals({ meeting, changes }: { meeting: Meeting; changes: MeetingChanges }) {
  const { t } = useTranslation()
  const session = useSession()
  const userId = session.data?.user?.id
  const role = userId === meeting.chairUserId ? 'chair' : userId && meeting.adjusterUserIds.includes(userId) ? 'adjuster' : null
  const approvedByMe = meeting.approvals.some((a) => a.userId === userId)
  const [done, setDone] = useState(false)
  return (
    <div className="minutes-approvals">
      <h3>{t('meeting.minutes.approvalsTitle')}</h3>
      {done && <SuccessMessage>{t('meeting.minutes.approved')}</SuccessMessage>}
      {meeting.approvals.length > 0 && (
        <ul className="plain-list approval-list">
          {meeting.approvals.map((a) => {
            const [date, time] = formatDateTime(a.approvedAt).split(' ')
            return (
              <li key={`${a.role}-${a.userId}`}>
                <span className="matrix-approve" aria-hidden="true">
                  ✓{' '}
                </span>
                {t('meeting.minutes.approvedBy', { name: a.name, date, time })} <span className="muted">({t(`meeting.minutes.approvalRoles.${a.role}`)})</span>
              </li>
            )
          })}
        </ul>
      )}
      {meeting.approvalsMissing.length > 0 && <p>{t('meeting.minutes.missing', { names: meeting.approvalsMissing.join(', ') })}</p>}
      {meeting.chairUserId === null && meeting.adjusterUserIds.length === 0 && <p className="muted">{t('meeting.minutes.noPeople')}</p>}
      {meeting.status === 'held' && role && !approvedByMe && (
        <div className="minutes-approve">
          <ErrorSummary error={changes.approve.error} />
          <p className="field-hint">{t('meeting.minutes.approveHint', { role: t(`meeting.minutes.approvalRoles.${role}`) })}</p>
          <button type="button" className="button button-primary" disabled={changes.approve.isPending} onClick={() => changes.approve.mutate(undefined, { onSuccess: () => setDone(true) })}>
            {changes.approve.isPending ? t('meeting.minutes.approving') : t('meeting.minutes.approve')}
          </button>
        </div>
      )}
    </div>
  )
}

function PublishForm({ meeting, changes }: { meeting: Meeting; changes: MeetingChanges }) {
  const { t } = useTranslation()
  const [noticeDate, setNoticeDate] = useState(todayInSweden())
  const fields = changes.publish.error instanceof ApiError ? changes.publish.error.fields : {}
  const ready = meeting.status === 'minutes_approved'
  const submit = (event: FormEvent) => {
    event.preventDefault()
    changes.publish.mutate(noticeDate)
  }
  return (
    <form className="minutes-publish" onSubmit={submit} noValidate>
      <h3>{t('meeting.minutes.publishTitle')}</h3>
      {!ready && <p className="muted">{t('meeting.minutes.publishNotReady')}</p>}
      <ErrorSummary error={changes.publish.error} fieldIds={{ noticeDate: 'minutes-notice-date' }} />
      {ready && (
        <div className="inline-form">
          <Field id="minutes-notice-date" label={t('meeting.minutes.noticeDate')} hint={t('meeting.minutes.noticeDateHint')} error={fields.noticeDate} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={noticeDate} onChange={(e) => setNoticeDate(e.target.value.trim())} />}
          </Field>
          <button type="submit" className="button button-primary" disabled={changes.publish.isPending}>
            {changes.publish.isPending ? t('meeting.minutes.publishing') : t('meeting.minutes.publish')}
          </button>
        </div>
      )}
    </form>
  )
}

function Published({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  return (
    <div className="alert alert-success minutes-published" role="status">
      <p className="minutes-published-date">{t('meeting.minutes.publishedOn', { date: formatDate(meeting.publishedOn) })}</p>
      <p className="minutes-appeal">{t('meeting.minutes.appealEndsOn', { date: formatDate(meeting.appealEndsOn) })}</p>
      <p className="field-hint">{t('meeting.minutes.appealNote')}</p>
    </div>
  )
}
