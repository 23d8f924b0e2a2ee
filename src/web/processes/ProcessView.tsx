import { useTranslation } from 'react-i18next'
import type { Phase, ProcessDefinition } from '../../modules/processes/processes.schema'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useGovernance } from '../governance/queries'
import { useFieldLabel, useLocalName } from '../initiative/names'

/** A process model in full: each phase's texts, document types with their fields, and its gate. */
export function ProcessView({ title, description, definition }: { title: string; description: string; definition: ProcessDefinition }) {
  return (
    <section className="card" aria-labelledby="process-view-heading">
      <h2 id="process-view-heading" tabIndex={-1}>
        {title}
      </h2>
      {description && <p className="page-intro process-description">{description}</p>}
      <ol className="process-phases">
        {definition.phases.map((phase, index) => (
          <PhaseView key={phase.key} phase={phase} index={index} />
        ))}
      </ol>
    </section>
  )
}

function PhaseView({ phase, index }: { phase: Phase; index: number }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const label = useFieldLabel()
  const texts = (['principles', 'organisation', 'financing', 'staffing'] as const).filter((key) => phase[key])
  return (
    <li className="process-phase">
      <h3>{t('processes.phaseNumbered', { n: index + 1, name: name(phase) })}</h3>
      {phase.description && <p>{phase.description}</p>}
      <div className="process-phase-columns">
        <dl className="process-texts">
          {texts.map((key) => (
            <div key={key}>
              <dt>{t(`processes.texts.${key}`)}</dt>
              <dd>{phase[key]}</dd>
            </div>
          ))}
        </dl>
        <div>
          <h4>{t('processes.documentTypes')}</h4>
          {phase.documentTypes.length === 0 ? (
            <p className="empty">{t('processes.noDocumentTypes')}</p>
          ) : (
            <ul className="process-documents">
              {phase.documentTypes.map((type) => (
                <li key={type.key}>
                  <span className="gate-item-name">{name(type)}</span>
                  <span className="cell-secondary">
                    {type.fields.map((field) => `${label(field)} (${t(`processes.fieldKinds.${field.kind}`)}${field.required ? `, ${t('common.required')}` : ''})`).join('; ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <GateView phase={phase} />
        </div>
      </div>
    </li>
  )
}

function GateView({ phase }: { phase: Phase }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const { collaboration } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const gate = phase.gate
  if (!gate) return <p className="process-gate">{t('processes.noGate')}</p>
  // Names, never keys; and governance's answer whether every member must also decide each kind.
  const kinds = gate.decisionKinds.map((key) => governance.data?.decisionKinds.find((k) => k.key === key))
  const kindName = (kind: (typeof kinds)[number]) => (kind ? name(kind) + (kind.membersMustDecide ? ` (${t('processes.gate.kindNeedsMembers')})` : '') : '…')
  const kindsNeedMembers = kinds.some((kind) => kind?.membersMustDecide)
  const documentName = (key: string) => {
    const type = phase.documentTypes.find((d) => d.key === key)
    return type ? name(type) : key
  }
  const none = t('initiative.none')
  return (
    <div className="process-gate">
      <h4>{t('initiative.gateNamed', { name: name(gate) })}</h4>
      <dl className="process-texts">
        <div>
          <dt>{t('processes.gate.decisionKinds')}</dt>
          <dd>{kinds.length > 0 ? kinds.map(kindName).join(', ') : none}</dd>
        </div>
        <div>
          <dt>{t('processes.gate.memberDecisions')}</dt>
          <dd>{gate.requiresMemberDecisions ? t('processes.gate.memberDecisionsYes') : kindsNeedMembers ? t('processes.gate.memberDecisionsByKind') : t('processes.gate.memberDecisionsNo')}</dd>
        </div>
        <div>
          <dt>{t('processes.gate.minParticipants')}</dt>
          <dd>{gate.minParticipants}</dd>
        </div>
        <div>
          <dt>{t('processesBenefits.baselines')}</dt>
          <dd>{gate.requiresBaselines ? t('processesBenefits.baselinesYes') : t('processesBenefits.baselinesNo')}</dd>
        </div>
        <div>
          <dt>{t('processes.gate.requiredDocuments')}</dt>
          <dd>{gate.requiredDocuments.length > 0 ? gate.requiredDocuments.map(documentName).join(', ') : none}</dd>
        </div>
      </dl>
    </div>
  )
}
