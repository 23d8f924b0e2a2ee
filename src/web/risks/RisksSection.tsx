import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryView } from '../ui/Status'
import { CloseRiskDialog, ReviewDialog, RiskDialog } from './RiskDialogs'
import { RiskMatrixTable } from './RiskMatrixTable'
import { type RiskAction, RiskTable } from './RiskTable'
import { type InitiativeRisksData, type RiskData, useInitiativeMatrix, useInitiativeRisks, useRiskChanges } from './queries'
import './risks.css'

type Open = { action: RiskAction | 'add'; risk: RiskData | null; opener: HTMLElement }

/** Risker on the initiative page: the register, its 5×5 matrix, and the dialogs to add, change, review and close. */
export function RisksSection({ collaborationId, initiativeId }: { collaborationId: string; initiativeId: string }) {
  const { t } = useTranslation()
  const register = useInitiativeRisks(collaborationId, initiativeId)
  return (
    <section className="card risks-section" id="risks" aria-labelledby="risks-heading">
      <h2 id="risks-heading">{t('risks.title')}</h2>
      <QueryView query={register}>{(data) => <Register collaborationId={collaborationId} initiativeId={initiativeId} register={data} />}</QueryView>
    </section>
  )
}

function Register({ collaborationId, initiativeId, register }: { collaborationId: string; initiativeId: string; register: InitiativeRisksData }) {
  const { t } = useTranslation()
  const matrix = useInitiativeMatrix(collaborationId, initiativeId)
  const changes = useRiskChanges(collaborationId, initiativeId)
  const [open, setOpen] = useState<Open | null>(null)
  const close = () => {
    setOpen(null)
    changes.create.reset()
    changes.update.reset()
    changes.review.reset()
    changes.close.reset()
  }
  const mayChange = (risk: RiskData) => register.mayEdit && (register.editableMemberIds === null || (risk.memberId !== null && register.editableMemberIds.includes(risk.memberId)))
  return (
    <>
      <p className="field-hint">
        {t('risks.intro')} {t('risks.thresholdNote', { threshold: register.threshold })}
      </p>
      {register.mayEdit && (
        <p>
          <button type="button" className="button button-primary" onClick={(e) => setOpen({ action: 'add', risk: null, opener: e.currentTarget })}>
            {t('risks.add')}
          </button>
        </p>
      )}
      {register.items.length === 0 ? (
        <p className="empty">{t('risks.empty')}</p>
      ) : (
        <RiskTable risks={register.items} captionId="risk-register-caption" caption={t('risks.tableCaption')} collaborationId={collaborationId} mayChange={mayChange} onAction={(action, risk, opener) => setOpen({ action, risk, opener })} />
      )}
      <h3 id="risk-matrix-heading">{t('risks.matrix.title')}</h3>
      <QueryView query={matrix}>{(data) => <RiskMatrixTable matrix={data} captionId="initiative-risk-matrix" caption={t('risks.matrix.caption')} />}</QueryView>
      {open && (open.action === 'add' || open.action === 'edit') && <RiskDialog register={register} risk={open.risk} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.action === 'review' && open.risk && <ReviewDialog risk={open.risk} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.action === 'close' && open.risk && <CloseRiskDialog risk={open.risk} changes={changes} returnFocusTo={open.opener} onClose={close} />}
    </>
  )
}
