import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useSimilarProposals } from './queries'

/** Earlier proposals with the same words as the title and need being typed: is it already in a plan, or in the bank? */
export function SimilarProposals({ text }: { text: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const similar = useSimilarProposals(collaboration.id, text)
  const list = text.length >= 3 ? (similar.data ?? []) : []
  return (
    <section className="planning-similar" aria-labelledby="similar-heading">
      <h3 id="similar-heading">{t('planning.similar.title')}</h3>
      <div aria-live="polite">
        {text.length < 3 ? (
          <p className="field-hint">{t('planning.similar.hint')}</p>
        ) : list.length === 0 ? (
          <p className="field-hint">{similar.isFetching ? t('common.loading') : t('planning.similar.none')}</p>
        ) : (
          <ul className="plain-list">
            {list.map((p) => (
              <li key={p.id}>
                {t('planning.similar.item', { year: p.roundYear, number: p.number, title: p.title })}{' '}
                <span className="muted">{p.outcome ? t(`planning.similar.outcome.${p.outcome}`) : t(`planning.screening.${p.screening}`)}</span>
                {p.initiativeId && (
                  <>
                    {' '}
                    <Link to={`/collaborations/${collaboration.id}/initiatives/${p.initiativeId}`} target="_blank" rel="noreferrer">
                      {t('planning.similar.initiative')}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
