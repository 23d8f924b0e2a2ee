import { useTranslation } from 'react-i18next'
import type { InitiativeDetail } from '../api/types'
import { useLocalName } from './names'

/** The model's phases in order: those passed, the current one (aria-current="step") and those ahead, each with its gate. */
export function PhaseStepper({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const completed = initiative.status === 'completed'
  const stateOf = (index: number) => (completed || index < initiative.phaseIndex ? 'passed' : index === initiative.phaseIndex ? 'current' : 'ahead')
  return (
    <section className="card" aria-labelledby="phases-heading">
      <h2 id="phases-heading">{t('initiative.phasesTitle')}</h2>
      <p className="field-hint">{t('initiative.phasesIntro', { process: initiative.processName, version: initiative.processVersion })}</p>
      <ol className="stepper">
        {initiative.process.phases.map((phase, index) => {
          const state = stateOf(index)
          return (
            <li key={phase.key} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-marker" aria-hidden="true">
                {state === 'passed' ? '✓' : index + 1}
              </span>
              <span className="step-text">
                <span className="step-name">{name(phase)}</span>
                <span className="step-state">{t(`initiative.stepState.${state}`)}</span>
                {phase.gate && <span className="step-gate">{t('initiative.gateNamed', { name: name(phase.gate) })}</span>}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
