import { defineTexts } from '../../shared/texts'

/** The processes module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const processesErrors = defineTexts(
  {
    unknown_template: 'Det finns ingen processmall med nyckeln {key}.',
    duplicate_phase_key: 'Nyckeln {key} används av mer än en fas.',
    duplicate_document_key: 'Dokumenttypen {key} finns i mer än en fas; ge den en egen nyckel.',
    duplicate_field_key: 'Fältet {key} finns två gånger i samma dokumenttyp.',
    unknown_required_document: 'Grinden i {phase} kräver dokumentet {key}, som inte finns i den fasen eller före den.',
    unknown_decision_kind: 'Beslutstypen {key} finns inte i samverkans beslutskatalog. Lägg till den under Organisation och beslut.',
    gate_without_decision: 'Grinden {gate} måste kräva minst ett beslut: av ett organ eller av medlemmarna.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    key_format: 'Nyckeln skrivs med små bokstäver, siffror och _ och börjar med en bokstav.',
    one_source: 'Välj antingen en processmall eller en befintlig processmodell att utgå från.',
  },
  {
    unknown_template: 'There is no process template with the key {key}.',
    duplicate_phase_key: 'The key {key} is used by more than one phase.',
    duplicate_document_key: 'The document type {key} appears in more than one phase; give it a key of its own.',
    duplicate_field_key: 'The field {key} appears twice in the same document type.',
    unknown_required_document: 'The gate of {phase} requires the document {key}, which is not in that phase or before it.',
    unknown_decision_kind: 'The decision kind {key} is not in the collaboration’s catalogue. Add it under Organisation and decisions.',
    gate_without_decision: 'The gate {gate} must require at least one decision: by a body or by the members.',
    key_format: 'The key is written in lower-case letters, digits and _ and starts with a letter.',
    one_source: 'Choose either a process template or an existing process model to start from.',
  },
)
