import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import type { InitiativeDetail } from '../api/types'

/** What happened to the initiative, oldest first: registration, documents, decisions, gates, status changes. */
export function Timeline({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('initiative.timeline.title')}</h2>
      {initiative.timeline.length === 0 ? (
        <p className="empty">{t('initiative.timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {initiative.timeline.map((entry) => (
            <li key={entry.id}>
              <span className="timeline-date">{formatDate(entry.occurredOn)}</span>
              <span className="timeline-text">
                {entry.text}
                <span className="cell-secondary">{t('initiative.timeline.meta', { phase: entry.phaseName, name: entry.actorName })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
