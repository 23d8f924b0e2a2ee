import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { WheelDates } from './queries'

type Entry = WheelDates['entries'][number]

/** One month's dated entries of the annual wheel: each with its day, what it is, and a link to where it is handled. */
export function WheelDateItems({ collaborationId, entries }: { collaborationId: string; entries: Entry[] }) {
  const { t } = useTranslation()
  const base = `/collaborations/${collaborationId}`
  return entries.map((entry) => (
    <li key={`${entry.kind} ${entry.date} ${'roundId' in entry ? entry.roundId + entry.stage : 'initiativeId' in entry ? entry.initiativeId : entry.meetingId}`} className="wheel-item wheel-dated">
      <span className="badge">{t(`wheelEntries.kinds.${entry.kind}`)}</span>{' '}
      <span className="wheel-item-title">{formatDate(entry.date)}</span>{' '}
      {entry.kind === 'stage' && <Link to={`${base}/planning/${entry.roundId}`}>{t('wheelEntries.stage', { round: entry.roundTitle, stage: t(`planningStage.${entry.stage}`) })}</Link>}
      {entry.kind === 'gate' && <Link to={`${base}/initiatives/${entry.initiativeId}`}>{t('wheelEntries.gate', { title: entry.title, gate: entry.gateName })}</Link>}
      {entry.kind === 'appeal' && (
        <Link to={`${base}/meetings/${entry.meetingId}`}>{t('wheelEntries.appeal', { body: entry.bodyName, date: formatDate(entry.meetingDate), posted: formatDate(entry.date), ends: formatDate(entry.lastDay) })}</Link>
      )}
    </li>
  ))
}
