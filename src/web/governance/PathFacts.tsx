import { useTranslation } from 'react-i18next'
import type { MemberDecisionReason } from '../../modules/governance/decision-path'

/** Who prepares, who decides, and whether every member must also decide and why: one decision path's facts. */
export function PathFacts({
  preparedBy,
  decidedBy,
  membersMustDecide,
  memberDecisionReason,
  className = 'path-facts',
}: {
  preparedBy: string[]
  decidedBy: string[]
  membersMustDecide: boolean
  memberDecisionReason: MemberDecisionReason | null
  className?: string
}) {
  const { t } = useTranslation()
  const names = (list: string[]) => (list.length > 0 ? list.join(', ') : t('governance.nobody'))
  return (
    <dl className={className}>
      <div>
        <dt>{t('governance.preparedBy')}</dt>
        <dd>{names(preparedBy)}</dd>
      </div>
      <div className="path-decider">
        <dt>{t('governance.decidedBy')}</dt>
        <dd>{decidedBy.length > 0 ? names(decidedBy) : t('governance.noDecider')}</dd>
      </div>
      <div>
        <dt>{t('governance.membersMustDecide')}</dt>
        <dd>
          {membersMustDecide ? t('governance.membersYes') : t('governance.membersNo')}
          {memberDecisionReason && <span className="cell-secondary">{t(`governance.reason.${memberDecisionReason}`)}</span>}
        </dd>
      </div>
    </dl>
  )
}
