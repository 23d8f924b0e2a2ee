import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Governance } from '../api/types'
import { FlowDiagram } from './FlowDiagram'
import { buildDecisionPath } from './graph'
import { KindPicker } from './KindPicker'
import { useKindName } from './names'
import { PathSummary } from './PathSummary'

/** Beslutsväg: pick a kind of decision and see its path as a diagram and, beside it, as text. */
export function DecisionPathView({ governance, kindId, onKindChange }: { governance: Governance; kindId: string; onKindChange: (kindId: string) => void }) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const kind = governance.decisionKinds.find((k) => k.id === kindId)
  const path = governance.paths.find((p) => p.decisionKindId === kindId)
  const graph = useMemo(
    () =>
      path &&
      buildDecisionPath(path, governance.bodies, {
        prepares: t('governance.nodePrepares'),
        decides: t('governance.nodeDecides'),
        preparesEdge: t('governance.edgePrepares'),
        membersDecide: t('governance.nodeMembers'),
        membersEdge: t('governance.edgeMembers'),
        escalatesTo: t('governance.escalatesTo'),
        pathLane: t('governance.pathTitle'),
        ladderLane: t('governance.laneLadder'),
        step: (n) => t('governance.step', { n }),
      }),
    [path, governance.bodies, t],
  )
  return (
    <section className="card" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('governance.pathTitle')}</h2>
      <p className="field-hint">{t('governance.whoDecidesIntro')}</p>
      <KindPicker id="path-kind" kinds={governance.decisionKinds} value={kindId} onChange={onKindChange} />
      {kind && path && graph && (
        <div className="path-view">
          <div>
            <h3 id="path-text-heading">{t('governance.pathText', { kind: kindName(kind) })}</h3>
            <PathSummary path={path} governance={governance} headingLevel={4} />
          </div>
          <figure className="diagram-figure">
            <figcaption id="path-diagram-caption">{t('governance.pathDiagram', { kind: kindName(kind) })}</figcaption>
            <FlowDiagram graph={graph} labelledBy="path-diagram-caption" />
          </figure>
        </div>
      )}
    </section>
  )
}
