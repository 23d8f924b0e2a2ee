import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime, todayInSweden } from '../../shared/format'
import { latestPostingDay } from '../../shared/minutes'
import { ApiError } from '../api/client'
import { useSession } from '../auth/session'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Field } from '../ui/Field'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
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
          {mayPrepare && meeting.status === 'held' && meeting.approvalsMissing.length > 0 && <PaperApprovalForm meeting={meeting} changes={changes} />}
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
  const [chair, setChair] = useState(meeting.chairUserId ?? '')
  const [adjuster, setAdjuster] = useState(meeting.adjusterUserIds[0] ?? '')
  const [saved, setSaved] = useState(false)
  // Only the body's seated members with an account can chair and approve its minutes (the server says who).
  const options = meeting.seatedAccounts.map((seat) => ({
    value: seat.userId,
    label: t('meeting.minutes.seatedPerson', { name: seat.name, role: t(`governance.seatRoles.${seat.seatRole}`).toLowerCase(), member: seat.memberName ?? collaboration.name }),
  }))
  const fields = changes.update.error instanceof ApiError ? changes.update.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const { version, startsAt, endsAt, place, link, secretaryName } = meeting
    const adjusterUserIds = adjuster ? [adjuster, ...meeting.adjusterUserIds.slice(1).filter((id) => id !== adjuster)] : meeting.adjusterUserIds.slice(1)
    changes.update.mutate({ version, startsAt, endsAt, place, link, secretaryName, chairUserId: chair || null, adjusterUserIds }, { onSuccess: () => setSaved(true) })
  }
  return (
    <form className="form minutes-people-form" onSubmit={submit} noValidate>
      {saved && <SuccessMessage>{t('meeting.minutes.peopleSaved')}</SuccessMessage>}
      <ErrorSummary error={changes.update.error} fieldIds={{ chairUserId: 'minutes-chair', adjusterUserIds: 'minutes-adjuster' }} />
      <div className="form-grid">
        <SelectField id="minutes-chair" label={t('meeting.minutes.chair')} error={fields.chairUserId} value={chair} onChange={setChair} empty={t('meeting.minutes.choosePerson')} options={options} />
        <SelectField id="minutes-adjuster" label={t('meeting.minutes.adjuster')} error={fields.adjusterUserIds} value={adjuster} onChange={setAdjuster} empty={t('meeting.minutes.choosePerson')} options={options} />
      </div>
      {options.length === 0 && <p className="field-hint">{t('meeting.minutes.noSeatedAccounts')}</p>}
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
                {a.recorded ? t('meeting.minutes.approvedOnPaper', { name: a.name, date: a.signedOn, recordedBy: a.recordedByName }) : t('meeting.minutes.approvedBy', { name: a.name, date, time })}{' '}
                <span className="muted">({t(`meeting.minutes.approvalRoles.${a.role}`)})</span>
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
  const approvedOn = meeting.approvals.map((a) => a.approvedOn).sort().at(-1)
  const latest = approvedOn ? latestPostingDay(approvedOn) : null
  const [noticeDate, setNoticeDate] = useState(latest && todayInSweden() > latest ? latest : todayInSweden())
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
          <Field id="minutes-notice-date" label={t('meeting.minutes.noticeDate')} hint={t('meeting.minutes.noticeDateHint', { approvedOn, latest })} error={fields.noticeDate} required>
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
  if (meeting.appealState === 'posting_pending') {
    return (
      <div className="alert alert-info minutes-published" role="status">
        <p className="minutes-published-date">{t('meeting.minutes.postingOn', { date: formatDate(meeting.publishedOn) })}</p>
        <p className="field-hint">{t('meeting.minutes.appealNotYet', { date: formatDate(meeting.appealEndsOn) })}</p>
      </div>
    )
  }
  return (
    <div className="alert alert-success minutes-published" role="status">
      <p className="minutes-published-date">{t('meeting.minutes.publishedOn', { date: formatDate(meeting.publishedOn) })}</p>
      <p className="minutes-appeal">{t('meeting.minutes.appealEndsOn', { date: formatDate(meeting.appealEndsOn) })}</p>
      <p className="field-hint">{t('meeting.minutes.appealNote')}</p>
    </div>
  )
}

/** Minutes signed on paper: the secretary records the chair's or an adjuster's signature with the day it was signed. */
function PaperApprovalForm({ meeting, changes }: { meeting: Meeting; changes: MeetingChanges }) {
  const { t } = useTranslation()
  const missing = [
    ...(meeting.chairUserId && !meeting.approvals.some((a) => a.role === 'chair') ? [{ role: 'chair' as const, userId: meeting.chairUserId, name: meeting.chairName ?? '' }] : []),
    ...meeting.adjusterUserIds.flatMap((userId, i) => (meeting.approvals.some((a) => a.role === 'adjuster' && a.userId === userId) ? [] : [{ role: 'adjuster' as const, userId, name: meeting.adjusterNames[i] ?? '' }])),
  ]
  const [who, setWho] = useState(missing[0] ? `${missing[0].role}:${missing[0].userId}` : '')
  const [signedOn, setSignedOn] = useState(todayInSweden())
  const fields = changes.recordPaperApproval.error instanceof ApiError ? changes.recordPaperApproval.error.fields : {}
  if (missing.length === 0) return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const [role, userId] = who.split(':') as ['chair' | 'adjuster', string]
    changes.recordPaperApproval.mutate({ role, userId, signedOn })
  }
  return (
    <details className="minutes-paper">
      <summary>{t('meeting.minutes.paperTitle')}</summary>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint">{t('meeting.minutes.paperIntro')}</p>
        <ErrorSummary error={changes.recordPaperApproval.error} fieldIds={{ userId: 'paper-who', signedOn: 'paper-signed-on' }} />
        <div className="form-grid">
          <SelectField
            id="paper-who"
            label={t('meeting.minutes.paperWho')}
            error={fields.userId}
            required
            value={who}
            onChange={setWho}
            options={missing.map((m) => ({ value: `${m.role}:${m.userId}`, label: `${m.name} (${t(`meeting.minutes.approvalRoles.${m.role}`)})` }))}
          />
          <Field id="paper-signed-on" label={t('meeting.minutes.paperSignedOn')} hint={t('meeting.minutes.paperSignedOnHint', { date: formatDate(meeting.startsAt) })} error={fields.signedOn} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={signedOn} onChange={(e) => setSignedOn(e.target.value.trim())} />}
          </Field>
        </div>
        <button type="submit" className="button button-secondary" disabled={changes.recordPaperApproval.isPending}>
          {changes.recordPaperApproval.isPending ? t('meeting.minutes.paperSaving') : t('meeting.minutes.paperSave')}
        </button>
      </form>
    </details>
  )
}
