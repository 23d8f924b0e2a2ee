import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { ColumnHeads, Table } from '../ui/Table'
import type { RiskData } from './queries'

export type RiskAction = 'edit' | 'review' | 'close'

/** A score as "4 × 5 = 20", or "Ej bedömd" when not assessed. */
export function Score({ p, c }: { p: number | null; c: number | null }) {
  const { t } = useTranslation()
  if (p === null || c === null) return <span className="muted">{t('risks.notAssessed')}</span>
  return <span className="nowrap">{t('risks.scoreCell', { p, c, score: p * c })}</span>
}

export function LevelBadge({ risk }: { risk: RiskData }) {
  const { t } = useTranslation()
  return (
    <span className={`badge risk-level level-${risk.level}`}>
      {t(`risks.level.${risk.level}`)} ({risk.currentScore})
    </span>
  )
}

/**
 * The register as a table, one block per risk on a narrow screen. The initiative column shows on the portfolio's
 * list; the actions (named with the risk, for screen readers) where the reader may change that risk.
 */
export function RiskTable({ risks, captionId, caption, collaborationId, showInitiative, mayChange, onAction }: { risks: RiskData[]; captionId: string; caption: string; collaborationId: string; showInitiative?: boolean; mayChange?: (risk: RiskData) => boolean; onAction?: (action: RiskAction, risk: RiskData, opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const withActions = Boolean(onAction && mayChange && risks.some(mayChange))
  const columns = [t('risks.columns.title'), showInitiative && t('risks.columns.initiative'), t('risks.columns.category'), t('risks.columns.before'), t('risks.columns.after'), t('risks.columns.level'), t('risks.columns.owner'), t('risks.columns.nextReview'), t('risks.columns.status'), withActions && t('risks.columns.actions')]
  return (
    <Table captionId={captionId} caption={caption} stack className="risk-table">
      <ColumnHeads columns={columns} />
      <tbody>
        {risks.map((risk) => (
          <tr key={risk.id} id={`risk-${risk.id}`}>
            <th scope="row">
              <span className="cell-primary">{risk.title}</span>
              <span className="cell-secondary">
                {t(`risks.kind.${risk.kind}`)}
                {risk.memberName && <> · {t('risks.concerns', { member: risk.memberName })}</>}
              </span>
              {risk.escalation && <span className="cell-secondary">{risk.escalation.status === 'open' ? t('risks.escalated', { body: risk.escalation.bodyName }) : t('risks.escalationResolved')}</span>}
            </th>
            {showInitiative && (
              <td>
                <Link to={`/collaborations/${collaborationId}/initiatives/${risk.initiativeId}#risks`}>{risk.initiativeTitle}</Link>
              </td>
            )}
            <td>{t(`risks.category.${risk.category}`)}</td>
            <td>
              <Score p={risk.probabilityBefore} c={risk.consequenceBefore} />
            </td>
            <td>
              <Score p={risk.probabilityAfter} c={risk.consequenceAfter} />
            </td>
            <td>
              <LevelBadge risk={risk} />
            </td>
            <td>{risk.ownerName}</td>
            <td>
              {risk.nextReview ? <span className="nowrap">{formatDate(risk.nextReview)}</span> : '–'}
              {risk.reviewOverdue && (
                <>
                  {' '}
                  <span className="badge badge-error">{t('risks.overdue')}</span>
                </>
              )}
            </td>
            <td>{t(`risks.status.${risk.status}`)}</td>
            {withActions && (
              <td>
                {risk.status === 'open' && mayChange!(risk) && (
                  <span className="risk-actions">
                    {(['edit', 'review', 'close'] as const).map((action) => (
                      <button key={action} type="button" className="button button-secondary button-small" aria-label={t('risks.actionsFor', { action: t(`risks.${action}`), title: risk.title })} onClick={(e) => onAction!(action, risk, e.currentTarget)}>
                        {t(`risks.${action}`)}
                      </button>
                    ))}
                  </span>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
