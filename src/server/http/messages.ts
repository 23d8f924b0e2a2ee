import type { Catalogue, Locale } from '../../shared/texts'
import { accessibilityErrors } from '../../modules/accessibility/accessibility.texts'
import { attachmentsErrors } from '../../modules/attachments/attachments.texts'
import { authErrors } from '../../modules/auth/auth.texts'
import { benefitsErrors } from '../../modules/benefits/benefits.texts'
import { casesErrors } from '../../modules/cases/cases.texts'
import { collaborationsErrors } from '../../modules/collaborations/collaborations.texts'
import { decisionBasisErrors } from '../../modules/decision-basis/decision-basis.texts'
import { decisionsErrors } from '../../modules/decisions/decisions.texts'
import { demoErrors } from '../../modules/demo/demo.texts'
import { financeErrors } from '../../modules/finance/finance.texts'
import { governanceErrors } from '../../modules/governance/governance.texts'
import { initiativesErrors } from '../../modules/initiatives/initiatives.texts'
import { meetingsErrors } from '../../modules/meetings/meetings.texts'
import { membersErrors } from '../../modules/members/members.texts'
import { notificationsErrors } from '../../modules/notifications/notifications.texts'
import { planningErrors } from '../../modules/planning/planning.texts'
import { processesErrors } from '../../modules/processes/processes.texts'
import { risksErrors } from '../../modules/risks/risks.texts'
import { setupErrors } from '../../modules/setup/setup.texts'
import { ssoErrors } from '../../modules/sso/sso.texts'
import { usersErrors } from '../../modules/users/users.texts'
import { httpErrors } from './http.texts'

export type { Locale }

/** Every catalogue of error texts: HTTP's own and each module's. A code belongs to one of them. */
export const errorCatalogues = {
  http: httpErrors,
  accessibility: accessibilityErrors,
  attachments: attachmentsErrors,
  auth: authErrors,
  benefits: benefitsErrors,
  cases: casesErrors,
  collaborations: collaborationsErrors,
  decisionBasis: decisionBasisErrors,
  decisions: decisionsErrors,
  demo: demoErrors,
  finance: financeErrors,
  governance: governanceErrors,
  initiatives: initiativesErrors,
  meetings: meetingsErrors,
  members: membersErrors,
  notifications: notificationsErrors,
  planning: planningErrors,
  processes: processesErrors,
  risks: risksErrors,
  setup: setupErrors,
  sso: ssoErrors,
  users: usersErrors,
}

type CodesOf<C> = C extends Catalogue<infer Code> ? Code : never
type Catalogues = typeof errorCatalogues

/** The stable code of every error Samverka gives (`AppError.code`, `fieldError`, a schema's message). */
export type MessageCode = { [Module in keyof Catalogues]: CodesOf<Catalogues[Module]> }[keyof Catalogues]

/** Joins catalogues into one; a code declared twice with different texts is a mistake, not a silent override. */
export function mergeCatalogues(catalogues: Record<string, Catalogue>): Catalogue {
  const merged: Catalogue = { sv: {}, en: {} }
  const declaredBy: Record<string, string> = {}
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const locale of ['sv', 'en'] as const) {
      for (const [code, text] of Object.entries(catalogue[locale])) {
        if (Object.hasOwn(merged[locale], code) && merged[locale][code] !== text) {
          throw new Error(`The message code ${code} has different texts in ${declaredBy[code]} and ${name}.`)
        }
        merged[locale][code] = text
        declaredBy[code] ??= name
      }
    }
  }
  return merged
}

export const messages = mergeCatalogues(errorCatalogues) as Catalogue<MessageCode>
