import type { ProcessDefinition } from './processes.schema'

export interface DefinitionProblem {
  path: string
  code: 'duplicate_phase_key' | 'duplicate_document_key' | 'duplicate_field_key' | 'unknown_required_document' | 'unknown_decision_kind' | 'gate_without_decision'
  params: Record<string, string>
}

/**
 * Rules a process definition must keep beyond its schema: unique keys, a gate may require only documents
 * of its own or earlier phases, and only decision kinds the collaboration has.
 */
export function checkDefinition(definition: ProcessDefinition, decisionKindKeys: readonly string[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const phaseKeys = new Set<string>()
  const documentKeys = new Set<string>()
  definition.phases.forEach((phase, p) => {
    const at = `body.definition.phases.${p}`
    if (phaseKeys.has(phase.key)) problems.push({ path: `${at}.key`, code: 'duplicate_phase_key', params: { key: phase.key } })
    phaseKeys.add(phase.key)
    phase.documentTypes.forEach((type, d) => {
      if (documentKeys.has(type.key)) problems.push({ path: `${at}.documentTypes.${d}.key`, code: 'duplicate_document_key', params: { key: type.key } })
      documentKeys.add(type.key)
      const fieldKeys = new Set<string>()
      type.fields.forEach((field, f) => {
        if (fieldKeys.has(field.key)) problems.push({ path: `${at}.documentTypes.${d}.fields.${f}.key`, code: 'duplicate_field_key', params: { key: field.key } })
        fieldKeys.add(field.key)
      })
    })
    if (!phase.gate) return
    phase.gate.requiredDocuments.forEach((key, r) => {
      if (!documentKeys.has(key)) problems.push({ path: `${at}.gate.requiredDocuments.${r}`, code: 'unknown_required_document', params: { key, phase: phase.nameSv } })
    })
    phase.gate.decisionKinds.forEach((key, k) => {
      if (!decisionKindKeys.includes(key)) problems.push({ path: `${at}.gate.decisionKinds.${k}`, code: 'unknown_decision_kind', params: { key } })
    })
    if (phase.gate.decisionKinds.length === 0 && !phase.gate.requiresMemberDecisions) problems.push({ path: `${at}.gate.decisionKinds`, code: 'gate_without_decision', params: { gate: phase.gate.nameSv } })
  })
  return problems
}

/** Every document type of the model, with the phase it belongs to. */
export function documentTypesOf(definition: ProcessDefinition) {
  return definition.phases.flatMap((phase) => phase.documentTypes.map((type) => ({ ...type, phaseKey: phase.key })))
}
