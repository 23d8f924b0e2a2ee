import { useTranslation } from 'react-i18next'
import type { DecisionPath, Governance } from '../api/types'
import { ladderOf } from './graph'
import { bodyNamer } from './names'
import { PathFacts } from './PathFacts'

/**
 * The decision path in words: who prepares, who decides, whether every member must also decide and why, and the
 * steps a disagreement climbs. The text version of the diagram, and the answer on the overview page.
 */
export function PathSummary({ path, governance, headingLevel = 3 }: { path: DecisionPath; governance: Governance; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation()
  const name = bodyNamer(governance)
  const ladder = ladderOf(path)
  const decider = path.decidedBy[0]
  const Heading = `h${headingLevel}` as const
  return (
    <div className="path-summary">
      <PathFacts preparedBy={path.preparedBy.map(name)} decidedBy={path.decidedBy.map(name)} membersMustDecide={path.membersMustDecide} memberDecisionReason={path.memberDecisionReason} />
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
