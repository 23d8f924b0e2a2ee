import { useTranslation } from 'react-i18next'
import type { DecisionPath, Governance } from '../api/types'
import { ladderOf } from './graph'
import { bodyNamer } from './names'

/**
 * The decision path in words: who prepares, who decides, whether every member must also decide and why, and the
 * steps a disagreement climbs. The text version of the diagram, and the answer on the overview page.
 */
export function PathSummary({ path, governance, headingLevel = 3 }: { path: DecisionPath; governance: Governance; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation()
  const name = bodyNamer(governance)
  const names = (ids: string[]) => (ids.length > 0 ? ids.map(name).join(', ') : t('governance.nobody'))
  const ladder = ladderOf(path)
  const decider = path.decidedBy[0]
  const Heading = `h${headingLevel}` as const
  return (
    <div className="path-summary">
      <dl className="path-facts">
        <div>
          <dt>{t('governance.preparedBy')}</dt>
          <dd>{names(path.preparedBy)}</dd>
        </div>
        <div className="path-decider">
          <dt>{t('governance.decidedBy')}</dt>
          <dd>{path.decidedBy.length > 0 ? names(path.decidedBy) : t('governance.noDecider')}</dd>
        </div>
        <div>
          <dt>{t('governance.membersMustDecide')}</dt>
          <dd>
            {path.membersMustDecide ? t('governance.membersYes') : t('governance.membersNo')}
            {path.memberDecisionReason && <span className="cell-secondary">{t(`governance.reason.${path.memberDecisionReason}`)}</span>}
          </dd>
        </div>
      </dl>
      <Heading className="path-ladder-heading">{t('governance.disagreementGoes')}</Heading>
      {decider && <p>{path.escalatesTo[0] ? t('governance.nextUp', { body: name(path.escalatesTo[0]) }) : t('governance.topLevel', { body: name(decider) })}</p>}
      {ladder.length > 1 ? (
        <>
          <p>{t('governance.ladderIntro')}</p>
          <ol className="ladder-list">
            {ladder.map((id, i) => (
              <li key={`${id}-${i}`}>
                {name(id)}
                {path.decidedBy.includes(id) && <strong> {t('governance.ladderDecider')}</strong>}
              </li>
            ))}
          </ol>
        </>
      ) : (
        !decider && <p>{t('governance.noLadder')}</p>
      )}
    </div>
  )
}
