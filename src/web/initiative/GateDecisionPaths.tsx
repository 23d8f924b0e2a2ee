import { useTranslation } from 'react-i18next'
import type { GateStatus } from '../api/types'
import { PathFacts } from '../governance/PathFacts'

type Path = GateStatus['decisionPaths'][number]

/**
 * The decision path of each decision the gate requires, in words (as PathSummary on the governance page): who
 * prepares, who decides, whether every member must decide too and why, and the ladder a disagreement climbs.
 */
export function GateDecisionPaths({ gate }: { gate: GateStatus }) {
  const { t } = useTranslation()
  if (gate.decisionPaths.length === 0) return null
  return (
    <div className="gate-paths">
      <h3>{t('initiative.gate.pathsTitle')}</h3>
      {gate.decisionPaths.map((path) => (
        <GatePath key={path.decisionKindId} path={path} />
      ))}
    </div>
  )
}

function GatePath({ path }: { path: Path }) {
  const { t } = useTranslation()
  const deciders = new Set(path.decidedBy.map((b) => b.id))
  return (
    <div className="path-summary gate-path">
      <h4>{path.name}</h4>
      <PathFacts
        className="path-facts gate-path-facts"
        preparedBy={path.preparedBy.map((b) => b.name)}
        decidedBy={path.decidedBy.map((b) => b.name)}
        membersMustDecide={path.membersMustDecide}
        memberDecisionReason={path.memberDecisionReason}
      />
      {path.ladder.length > 1 ? (
        <>
          <p>{t('governance.ladderIntro')}</p>
          <ol className="ladder-list">
            {path.ladder.map((body, i) => (
              <li key={`${body.id}-${i}`}>
                {body.name}
                {deciders.has(body.id) && <strong> {t('governance.ladderDecider')}</strong>}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{path.decidedBy[0] ? t('governance.topLevel', { body: path.decidedBy[0].name }) : t('governance.noLadder')}</p>
      )}
    </div>
  )
}
