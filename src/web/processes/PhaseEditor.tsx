import { useTranslation } from 'react-i18next'
import type { Gate, Phase } from '../../modules/processes/processes.schema'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useGovernance } from '../governance/queries'
import { Field } from '../ui/Field'
import { useLocalName } from '../initiative/names'

const TEXTS = ['description', 'principles', 'organisation', 'financing', 'staffing'] as const

/** The ids of one phase's inputs, by the path the server names in its errors. */
export function phaseFieldIds(index: number): Record<string, string> {
  const path = `definition.phases.${index}`
  const ids: Record<string, string> = { [`${path}.nameSv`]: `phase-${index}-name-sv`, [`${path}.nameEn`]: `phase-${index}-name-en` }
  for (const key of TEXTS) ids[`${path}.${key}`] = `phase-${index}-${key}`
  ids[`${path}.gate.nameSv`] = `phase-${index}-gate-name-sv`
  ids[`${path}.gate.nameEn`] = `phase-${index}-gate-name-en`
  ids[`${path}.gate.minParticipants`] = `phase-${index}-gate-min`
  return ids
}

/** One phase in the editor: its names and texts, and its gate's settings. */
export function PhaseEditor({ phase, index, errors, onChange }: { phase: Phase; index: number; errors: FieldErrors; onChange: (phase: Phase) => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const path = `definition.phases.${index}`
  const ids = phaseFieldIds(index)
  const text = (key: keyof Phase & string, multiline: boolean, label: string, required = false) => (
    <Field id={ids[`${path}.${key}`] ?? key} label={label} error={errors[`${path}.${key}`]} required={required}>
      {(props) =>
        multiline ? (
          <textarea {...props} rows={3} value={String(phase[key] ?? '')} onChange={(e) => onChange({ ...phase, [key]: e.target.value })} />
        ) : (
          <input {...props} autoComplete="off" lang={key === 'nameEn' ? 'en' : undefined} value={String(phase[key] ?? '')} onChange={(e) => onChange({ ...phase, [key]: e.target.value })} />
        )
      }
    </Field>
  )
  return (
    <fieldset className="phase-editor">
      <legend>{t('processes.phaseNumbered', { n: index + 1, name: name(phase) })}</legend>
      <div className="form-grid">
        {text('nameSv', false, t('processes.nameSv'), true)}
        {text('nameEn', false, t('processes.nameEn'), true)}
      </div>
      {text('description', true, t('processes.description'))}
      <div className="form-grid">
        {text('principles', true, t('processes.texts.principles'))}
        {text('organisation', true, t('processes.texts.organisation'))}
        {text('financing', true, t('processes.texts.financing'))}
        {text('staffing', true, t('processes.texts.staffing'))}
      </div>
      {phase.gate ? <GateEditor phase={phase} gate={phase.gate} index={index} errors={errors} onChange={(gate) => onChange({ ...phase, gate })} /> : <p className="muted">{t('processes.noGate')}</p>}
    </fieldset>
  )
}

function GateEditor({ phase, gate, index, errors, onChange }: { phase: Phase; gate: Gate; index: number; errors: FieldErrors; onChange: (gate: Gate) => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const { collaboration } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const path = `definition.phases.${index}.gate`
  const ids = phaseFieldIds(index)
  const toggle = (list: string[], key: string, on: boolean) => (on ? [...list.filter((k) => k !== key), key] : list.filter((k) => k !== key))
  // Keys the catalogue lacks stay listed, so saving does not drop them unseen.
  const kinds = [...(governance.data?.decisionKinds.map((k) => ({ key: k.key, label: name(k) })) ?? [])]
  for (const key of gate.decisionKinds) if (!kinds.some((k) => k.key === key)) kinds.push({ key, label: key })
  return (
    <fieldset className="gate-editor">
      <legend>{t('initiative.gateNamed', { name: name(gate) })}</legend>
      <div className="form-grid">
        <Field id={ids[`${path}.nameSv`] ?? ''} label={t('processes.gate.nameSv')} error={errors[`${path}.nameSv`]} required>
          {(props) => <input {...props} autoComplete="off" value={gate.nameSv} onChange={(e) => onChange({ ...gate, nameSv: e.target.value })} />}
        </Field>
        <Field id={ids[`${path}.nameEn`] ?? ''} label={t('processes.gate.nameEn')} error={errors[`${path}.nameEn`]} required>
          {(props) => <input {...props} lang="en" autoComplete="off" value={gate.nameEn} onChange={(e) => onChange({ ...gate, nameEn: e.target.value })} />}
        </Field>
      </div>
      <Field id={ids[`${path}.minParticipants`] ?? ''} label={t('processes.gate.minParticipants')} error={errors[`${path}.minParticipants`]} required>
        {(props) => <input {...props} className="input-short" type="number" min={1} max={400} value={gate.minParticipants} onChange={(e) => onChange({ ...gate, minParticipants: Number(e.target.value) })} />}
      </Field>
      <div className="field">
        <label className="checkbox" htmlFor={`phase-${index}-gate-members`}>
          <input id={`phase-${index}-gate-members`} type="checkbox" checked={gate.requiresMemberDecisions} onChange={(e) => onChange({ ...gate, requiresMemberDecisions: e.target.checked })} />
          {t('processes.gate.requireMemberDecisions')}
        </label>
      </div>
      <div className="field">
        <label className="checkbox" htmlFor={`phase-${index}-gate-baselines`}>
          <input
            id={`phase-${index}-gate-baselines`}
            type="checkbox"
            checked={gate.requiresBaselines}
            aria-describedby={`phase-${index}-gate-baselines-hint`}
            onChange={(e) => onChange({ ...gate, requiresBaselines: e.target.checked })}
          />
          {t('processesBenefits.requiresBaselines')}
        </label>
        <p className="field-hint" id={`phase-${index}-gate-baselines-hint`}>
          {t('processesBenefits.requiresBaselinesHint')}
        </p>
      </div>
      <fieldset className="field">
        <legend>{t('processes.gate.decisionKinds')}</legend>
        {errors[`${path}.decisionKinds`] && <p className="field-error">{errors[`${path}.decisionKinds`]}</p>}
        <div className="checkbox-grid">
          {kinds.map((kind) => (
            <label key={kind.key} className="checkbox">
              <input type="checkbox" checked={gate.decisionKinds.includes(kind.key)} onChange={(e) => onChange({ ...gate, decisionKinds: toggle(gate.decisionKinds, kind.key, e.target.checked) })} />
              {kind.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('processes.gate.requiredDocuments')}</legend>
        {errors[`${path}.requiredDocuments`] && <p className="field-error">{errors[`${path}.requiredDocuments`]}</p>}
        {phase.documentTypes.length === 0 ? (
          <p className="empty">{t('processes.noDocumentTypes')}</p>
        ) : (
          <div className="checkbox-grid">
            {phase.documentTypes.map((type) => (
              <label key={type.key} className="checkbox">
                <input type="checkbox" checked={gate.requiredDocuments.includes(type.key)} onChange={(e) => onChange({ ...gate, requiredDocuments: toggle(gate.requiredDocuments, type.key, e.target.checked) })} />
                {name(type)}
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </fieldset>
  )
}
