import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Governance, GovernanceBody } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { useKindName } from './names'
import type { GovernanceChanges } from './queries'

type Mandate = 'decides' | 'prepares' | null

/** The mandate as a grid: a row per kind of decision, "decides" and "prepares" as checkboxes that exclude each other. */
export function MandateDialog({ body, governance, changes, returnFocusTo, onClose }: { body: GovernanceBody; governance: Governance; changes: GovernanceChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const { reset } = changes.setMandates
  useEffect(() => reset(), [reset])
  const [mandates, setMandates] = useState<Record<string, Mandate>>(() =>
    Object.fromEntries(governance.decisionKinds.map((k) => [k.id, body.decides.includes(k.id) ? 'decides' : body.prepares.includes(k.id) ? 'prepares' : null])),
  )
  const toggle = (kindId: string, mandate: 'decides' | 'prepares', on: boolean) => setMandates((m) => ({ ...m, [kindId]: on ? mandate : null }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const with_ = (mandate: Mandate) => Object.entries(mandates).filter(([, m]) => m === mandate).map(([id]) => id)
    changes.setMandates.mutate({ bodyId: body.id, body: { decides: with_('decides'), prepares: with_('prepares') } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="mandate-dialog-title" title={t('governanceEdit.mandateTitle', { name: body.name })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('governanceEdit.mandateIntro')}</p>
        <ErrorSummary error={changes.setMandates.error} />
        <table className="compact-table mandate-grid">
          <caption className="visually-hidden">{t('governanceEdit.mandateCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('governance.decisionKind')}</th>
              <th scope="col">{t('governance.nodeDecides')}</th>
              <th scope="col">{t('governance.nodePrepares')}</th>
            </tr>
          </thead>
          <tbody>
            {governance.decisionKinds.map((kind) => (
              <tr key={kind.id}>
                <th scope="row" id={`mandate-${kind.id}`}>
                  {kindName(kind)}
                </th>
                {(['decides', 'prepares'] as const).map((mandate) => (
                  <td key={mandate}>
                    <input
                      type="checkbox"
                      className="grid-checkbox"
                      aria-label={`${kindName(kind)}: ${mandate === 'decides' ? t('governance.nodeDecides') : t('governance.nodePrepares')}`}
                      checked={mandates[kind.id] === mandate}
                      onChange={(e) => toggle(kind.id, mandate, e.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <FormActions pending={changes.setMandates.isPending} label={t('governanceEdit.save')} pendingLabel={t('governanceEdit.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
