/** The risk register's vocabulary, declared once for the server's schema and rules and the web's forms. */
export const RISK_KINDS = ['risk', 'opportunity'] as const
export type RiskKind = (typeof RISK_KINDS)[number]

export const RISK_CATEGORIES = ['organisation', 'change_management', 'technology', 'finance', 'legal', 'supplier', 'information_security', 'other'] as const

export const RISK_STRATEGIES = ['avoid', 'reduce', 'transfer', 'accept'] as const
export const OPPORTUNITY_STRATEGIES = ['exploit', 'enhance', 'share', 'accept'] as const
export const STRATEGIES = ['avoid', 'reduce', 'transfer', 'accept', 'exploit', 'enhance', 'share'] as const
export type Strategy = (typeof STRATEGIES)[number]

/** A risk is avoided, reduced, transferred or accepted; an opportunity exploited, enhanced, shared or accepted. */
export const strategiesOf = (kind: RiskKind): readonly Strategy[] => (kind === 'risk' ? RISK_STRATEGIES : OPPORTUNITY_STRATEGIES)
