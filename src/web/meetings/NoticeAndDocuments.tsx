import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { AttachmentInput, AttachmentLink } from '../initiative/AttachmentInput'
import { ErrorSummary } from '../ui/Status'
import { isOpen, type MeetingChanges } from './queries'
import type { Meeting } from './types'

interface SectionProps {
  meeting: Meeting
  changes: MeetingChanges
  mayPrepare: boolean
}

/** The notice as a document, for anyone who reads the meeting. */
export const noticePdfUrl = (collaborationId: string, meetingId: string) => `/api/collaborations/${collaborationId}/meetings/${meetingId}/notice.pdf`

/** Kallelse: sent once the agenda is set; shows when it went out, and the notice as a PDF. */
export function NoticeSection({ meeting, changes, mayPrepare }: SectionProps) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const sent = meeting.noticeSentAt !== null
  return (
    <section className="card" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t('meeting.notice.title')}</h2>
      <p className="section-lead">{t('meeting.notice.intro')}</p>
      <ErrorSummary error={changes.sendNotice.error} />
      {sent ? <p className="alert alert-success notice-sent">{t('meeting.notice.sent', { time: formatDateTime(meeting.noticeSentAt) })}</p> : <p>{t('meeting.notice.notSent')}</p>}
      <p className="minutes-pdf">
        <a className="button button-secondary" href={noticePdfUrl(collaboration.id, meeting.id)} aria-describedby="notice-pdf-hint">
          {t('meetingDocuments.noticePdf')}
        </a>
        <span id="notice-pdf-hint" className="field-hint">
          {' '}
          {t('meetingDocuments.noticePdfHint')}
        </span>
      </p>
      {mayPrepare && isOpen(meeting) && (
        <>
          {meeting.agenda.length === 0 && <p className="field-hint">{t('meeting.notice.emptyAgenda')}</p>}
          <button type="button" className={sent ? 'button button-secondary' : 'button button-primary'} disabled={changes.sendNotice.isPending || meeting.agenda.length === 0} onClick={() => changes.sendNotice.mutate()}>
            {changes.sendNotice.isPending ? t('meeting.notice.sending') : sent ? t('meeting.notice.sendAgain') : t('meeting.notice.send')}
          </button>
        </>
      )}
    </section>
  )
}

/** Handlingar: the meeting's documents; each upload is added to the meeting at once. */
export function DocumentsSection({ meeting, changes, mayPrepare }: SectionProps) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('meeting.documents.title')}</h2>
      <p className="section-lead">{t('meeting.documents.intro')}</p>
      {meeting.documents.length === 0 ? (
        <p className="empty">{t('meeting.documents.empty')}</p>
      ) : (
        <ul className="plain-list attached-files" aria-label={t('meeting.documents.listLabel')}>
          {meeting.documents.map((file) => (
            <li key={file.id}>
              <AttachmentLink collaborationId={collaboration.id} file={file} />
            </li>
          ))}
        </ul>
      )}
      {mayPrepare && meeting.status !== 'published' && meeting.status !== 'cancelled' && (
        <>
          <ErrorSummary error={changes.addDocument.error} />
          {/* Always empty: a file chosen here becomes one of the meeting's documents and is listed above. */}
          <AttachmentInput
            id="meeting-document"
            label={t('meeting.documents.upload')}
            hint={t('meeting.documents.uploadHint')}
            collaborationId={collaboration.id}
            files={[]}
            max={1}
            onChange={(files) => files[0] && changes.addDocument.mutate(files[0].id)}
          />
        </>
      )}
    </section>
  )
}
