import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { ApiError } from '../api/client'
import type { GateStatus, InitiativeDetail } from '../api/types'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { GateDecisionPaths } from './GateDecisionPaths'
import { OutcomeBadge } from './Outcome'
import type { InitiativeChanges } from './queries'

/** Vad grinden behöver: every condition of the current gate, what is still unmet, and the button that passes it. */
export function GatePanel({ initiative, changes, maySteer }: { initiative: InitiativeDetail; changes: InitiativeChanges; maySteer: boolean }) {
  const { t } = useTranslation()
  const gate = initiative.gate
  const [passed, setPassed] = useState<string | null>(null)
  const advance = changes.advance
  // A refusal belongs to the state it was given for: once a document or decision changes the initiative, it is hidden.
  const [refusal, setRefusal] = useState<{ error: unknown; given: InitiativeDetail } | null>(null)
  const pass = () => {
    setPassed(null)
    setRefusal(null)
    advance.mutate(
      { version: initiative.version },
      {
        onSuccess: (detail) => setPassed(detail.status === 'completed' ? t('initiative.gate.completed') : t('initiative.gate.passed', { phase: detail.phaseName })),
        onError: (error) => setRefusal({ error, given: initiative }),
      },
    )
  }
  return (
    <section className="card gate-panel" aria-labelledby="gate-heading">
      <h2 id="gate-heading">{t('initiative.gate.title')}</h2>
      {passed && <SuccessMessage>{passed}</SuccessMessage>}
      {!gate ? (
        <p>{initiative.status === 'completed' ? t('initiative.gate.noneCompleted') : t('initiative.gate.none')}</p>
      ) : (
        <>
          <p className="gate-name">
            {t('initiative.gateNamed', { name: gate.name })}
            {gate.dueOn && <span className="cell-secondary">{t('initiative.gate.dueOn', { date: formatDate(gate.dueOn) })}</span>}
          </p>
          {gate.mayAdvance ? (
            <p className="alert alert-success">{gate.completes ? t('initiative.gate.readyCompletes') : t('initiative.gate.ready')}</p>
          ) : (
            <div className="alert alert-warning">
              <h3 className="alert-title">{t('initiative.gate.unmetTitle', { count: gate.unmet.length })}</h3>
              <ul>
                {gate.unmet.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
          )}
          <GateConditions initiative={initiative} gate={gate} />
          <GateDecisionPaths gate={gate} />
          {maySteer && initiative.status === 'active' && (
            <div className="gate-actions">
              <GateRefusal error={refusal?.given === initiative ? refusal.error : null} />
              <button type="button" className="button button-primary" disabled={advance.isPending} onClick={pass}>
                {advance.isPending ? t('initiative.gate.passing') : gate.completes ? t('initiative.gate.complete') : t('initiative.gate.pass')}
              </button>
              <p className="field-hint">{gate.completes ? t('initiative.gate.completeHint') : t('initiative.gate.passHint')}</p>
            </div>
          )}
        </>
      )}
    </section>
  )
}

function GateConditions({ initiative, gate }: { initiative: InitiativeDetail; gate: GateStatus }) {
  const { t } = useTranslation()
  const documentState = (typeKey: string, final: boolean) => {
    if (final) return 'final'
    return initiative.documents.some((d) => d.typeKey === typeKey && d.versions.length > 0) ? 'draft' : 'missing'
  }
  return (
    <div className="gate-grid">
      <div>
        <h3>{t('initiative.gate.decisions')}</h3>
        {gate.requiredDecisions.length === 0 ? (
          <p className="empty">{t('initiative.gate.noDecisions')}</p>
        ) : (
          <ul className="gate-list">
            {gate.requiredDecisions.map((decision) => (
              <li key={decision.key}>
                <span className="gate-item-name">{decision.name}</span>
                <span className="cell-secondary">{decision.body ? t('initiative.gate.decidedBy', { body: decision.body.name }) : t('initiative.gate.noBody')}</span>
                <OutcomeBadge outcome={decision.outcome} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>{t('initiative.gate.documents')}</h3>
        {gate.requiredDocuments.length === 0 ? (
          <p className="empty">{t('initiative.gate.noDocuments')}</p>
        ) : (
          <ul className="gate-list">
            {gate.requiredDocuments.map((document) => {
              const state = documentState(document.typeKey, document.final)
              return (
                <li key={document.typeKey}>
                  <span className="gate-item-name">{document.name}</span>
                  <span className={`badge document-${state}`}>{t(`initiative.documentState.${state}`)}</span>
                </li>
              )
            })}
          </ul>
        )}
      </div>
      <div>
        <h3>{t('initiative.gate.memberDecisions')}</h3>
        {gate.memberDecisionReason && <p className="field-hint">{t(`governance.reason.${gate.memberDecisionReason}`)}</p>}
        {gate.requiresMemberDecisions ? (
          <ul className="gate-list">
            {gate.memberDecisions.map((member) => (
              <li key={member.memberId}>
                <span className="gate-item-name">{member.name}</span>
                {member.decidedOn && <span className="cell-secondary">{formatDate(member.decidedOn)}</span>}
                <OutcomeBadge outcome={member.outcome} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('initiative.gate.noMemberDecisions')}</p>
        )}
        <p>{t('initiative.gate.participants', { count: gate.remaining.length, required: gate.minParticipants, remaining: gate.remaining.length })}</p>
        {gate.declined.length > 0 && <p>{t('initiative.gate.declined', { names: gate.declined.map((m) => m.name).join(', ') })}</p>}
      </div>
    </div>
  )
}

/** A refused gate: every unmet condition the server named, as a list; other errors as usual. Takes focus when it appears. */
function GateRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const refused = error instanceof ApiError && error.code === 'gate_unmet'
  useEffect(() => {
    if (refused) ref.current?.focus()
  }, [error, refused])
  if (!error) return null
  if (!refused) return <ErrorSummary error={error} />
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <h3 className="alert-title">{t('initiative.gate.refused')}</h3>
      <ul>
        {error.messages.map((m, i) => (
          <li key={i}>{m.message}</li>
        ))}
      </ul>
    </div>
  )
}
