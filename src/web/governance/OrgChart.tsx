import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Governance, GovernanceBody } from '../api/types'
import { FlowDiagram } from './FlowDiagram'
import { buildOrgChart } from './graph'

/** The organisation chart: a diagram whose boxes choose a body, and the same tree as a nested list. */
export function OrgChart({ governance, selectedBodyId, onSelect }: { governance: Governance; selectedBodyId: string | null; onSelect: (bodyId: string) => void }) {
  const { t } = useTranslation()
  const kindLabel = useCallback((body: GovernanceBody) => t(`governance.bodyKinds.${body.kind}`), [t])
  const graph = useMemo(() => buildOrgChart(governance.bodies, { kind: kindLabel, escalatesTo: t('governance.escalatesTo') }), [governance.bodies, kindLabel, t])
  const selectLabel = useCallback((name: string) => t('governance.showBody', { name }), [t])
  if (governance.bodies.length === 0) return <p className="empty">{t('governance.noBodies')}</p>
  return (
    <div className="org-chart">
      <figure className="diagram-figure">
        <figcaption id="chart-diagram-caption">{t('governance.chartDiagram')}</figcaption>
        <FlowDiagram graph={graph} labelledBy="chart-diagram-caption" vertical selectedBodyId={selectedBodyId} onSelect={onSelect} selectLabel={selectLabel} />
      </figure>
      <div className="org-tree">
        <h3 id="chart-text-heading">{t('governance.chartText')}</h3>
        <BodyTree bodies={governance.bodies} parentId={null} selectedBodyId={selectedBodyId} onSelect={onSelect} seen={new Set()} />
      </div>
    </div>
  )
}

/** Bodies under parentId (at the top: those that escalate nowhere, or to a body that is not there). */
function BodyTree({ bodies, parentId, selectedBodyId, onSelect, seen }: { bodies: GovernanceBody[]; parentId: string | null; selectedBodyId: string | null; onSelect: (id: string) => void; seen: Set<string> }) {
  const { t } = useTranslation()
  const ids = new Set(bodies.map((b) => b.id))
  const children = bodies.filter((b) => !seen.has(b.id) && (parentId === null ? !b.escalatesToBodyId || !ids.has(b.escalatesToBodyId) : b.escalatesToBodyId === parentId))
  if (children.length === 0) return null
  return (
    <ul className={parentId ? 'tree-list tree-nested' : 'tree-list'}>
      {children.map((body) => {
        const below = new Set([...seen, body.id])
        return (
          <li key={body.id}>
            <button type="button" className="button-link tree-button" aria-pressed={body.id === selectedBodyId} onClick={() => onSelect(body.id)}>
              {body.name}
            </button>{' '}
            <span className="muted">({t(`governance.bodyKinds.${body.kind}`)})</span>
            {parentId && <span className="visually-hidden">, {t('governance.escalatesTo')} {bodies.find((b) => b.id === parentId)?.name}</span>}
            <BodyTree bodies={bodies} parentId={body.id} selectedBodyId={selectedBodyId} onSelect={onSelect} seen={below} />
          </li>
        )
      })}
    </ul>
  )
}
