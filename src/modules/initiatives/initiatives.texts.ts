import { defineTexts, type Locale } from '../../shared/texts'
import type { EventRow } from './initiatives.repository'

const outcomes = defineTexts({ approve: 'bifall', reject: 'avslag', defer: 'bordlagt' }, { approve: 'approved', reject: 'rejected', defer: 'deferred' })
const statuses = defineTexts(
  { active: 'pågår', paused: 'pausat', stopped: 'avbrutet', completed: 'avslutat' },
  { active: 'active', paused: 'paused', stopped: 'stopped', completed: 'completed' },
)

// Details hold the names as they were when the event happened.
type Details = Record<string, string> & { remaining?: string[]; participants?: string[]; invited?: string[]; number?: number; final?: boolean }
type Texts = Record<string, (d: Details, phase: (key: string | null | undefined) => string) => string>

const list = (names: string[] | undefined) => (names ?? []).join(', ')

const texts: Record<Locale, Texts> = {
  sv: {
    registered: (d) => `Registrerades med ${list(d.participants)} som deltagare.`,
    join_requested: (d) => `${d.member} vill delta från nästa grind.`,
    join_withdrawn: (d) => `${d.member} drog tillbaka sin begäran om att delta.`,
    invited: (d) => `${list(d.invited)} bjöds in att delta; de deltar först när deras egen representant tackar ja.`,
    invitation_accepted: (d) => `${d.member} tackade ja till inbjudan och deltar från nästa grind.`,
    invitation_declined: (d) => `${d.member} tackade nej till inbjudan.`,
    participant_joined: (d) => `${d.member} gick med vid grinden ${d.gate}.`,
    participant_left: (d) => `${d.member} avböjde vid grinden ${d.gate} och lämnade initiativet.`,
    gate_passed: (d, phase) => `Grinden ${d.gate} passerades; ${phase(d.to)} började med ${(d.remaining ?? []).length} deltagare (${list(d.remaining)}).`,
    phase_entered: (d, phase) => `Fasen ${phase(d.to)} började.`,
    completed: (d) => `Grinden ${d.gate} passerades; initiativet är avslutat.`,
    sent_back: (d, phase) => `Skickades tillbaka till ${phase(d.to)}: ${d.reason}`,
    status_changed: (d) => `Status ändrades till ${statuses.sv[d.status as 'active']}: ${d.reason}`,
    decision_recorded: (d) => `${d.decider}: ${outcomes.sv[d.outcome as 'approve']} – ${d.kind}${d.reference ? ` (${d.reference})` : ''}.`,
    document_version: (d) => `${d.document} version ${d.number} sparades${d.final ? ' som slutlig' : ' som utkast'}.`,
  },
  en: {
    registered: (d) => `Registered with ${list(d.participants)} taking part.`,
    join_requested: (d) => `${d.member} asks to take part from the next gate.`,
    join_withdrawn: (d) => `${d.member} withdrew its request to take part.`,
    invited: (d) => `${list(d.invited)} ${(d.invited ?? []).length === 1 ? 'was' : 'were'} invited to take part; each takes part only once its own representative accepts.`,
    invitation_accepted: (d) => `${d.member} accepted the invitation and takes part from the next gate.`,
    invitation_declined: (d) => `${d.member} declined the invitation.`,
    participant_joined: (d) => `${d.member} joined at the gate ${d.gateEn ?? d.gate}.`,
    participant_left: (d) => `${d.member} declined at the gate ${d.gateEn ?? d.gate} and left the initiative.`,
    gate_passed: (d, phase) => `The gate ${d.gateEn ?? d.gate} was passed; ${phase(d.to)} began with ${(d.remaining ?? []).length} participants (${list(d.remaining)}).`,
    phase_entered: (d, phase) => `The phase ${phase(d.to)} began.`,
    completed: (d) => `The gate ${d.gateEn ?? d.gate} was passed; the initiative is completed.`,
    sent_back: (d, phase) => `Sent back to ${phase(d.to)}: ${d.reason}`,
    status_changed: (d) => `Status changed to ${statuses.en[d.status as 'active']}: ${d.reason}`,
    decision_recorded: (d) => `${d.decider}: ${outcomes.en[d.outcome as 'approve']} – ${d.kindEn ?? d.kind}${d.reference ? ` (${d.reference})` : ''}.`,
    document_version: (d) => `${d.documentEn ?? d.document} version ${d.number} saved${d.final ? ' as final' : ' as a draft'}.`,
  },
}

/** A timeline entry in plain words, from the names its details kept at the time. */
export function describeEvent(locale: Locale, event: Pick<EventRow, 'kind' | 'details'>, phase: (key: string | null | undefined) => string): string {
  const text = texts[locale][event.kind]
  return text ? text(event.details as Details, phase) : event.kind
}

/** The initiatives module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const initiativesErrors = defineTexts(
  {
    status_change_not_allowed: 'Ett initiativ som är {from} kan inte bli {to}.',
    initiative_not_active: 'Initiativet pågår inte (status: {status}). Återuppta det först.',
    no_gate: 'Fasen har ingen grind att passera.',
    gate_unmet: 'Grinden kan inte passeras än: {count} villkor är inte uppfyllda.',
    first_phase: 'Initiativet är redan i den första fasen.',
    already_participant: '{member} deltar redan i initiativet.',
    not_participant: '{member} deltar inte i initiativet.',
    participant_leaves_at_gate: '{member} deltar och kan lämna initiativet bara vid en grind, genom att avslå där ({gate}).',
    unknown_document_field: 'Dokumenttypen har inget sådant fält.',
    amount_in_ore: 'Ange beloppet i hela ören, som ett heltal som inte är negativt.',
    whole_number: 'Ange ett heltal som inte är negativt.',
    unknown_document_type: 'Processmodellen har ingen dokumenttyp {key}.',
  },
  {
    status_change_not_allowed: 'An initiative that is {from} cannot become {to}.',
    initiative_not_active: 'The initiative is not active (status: {status}). Resume it first.',
    no_gate: 'The phase has no gate to pass.',
    gate_unmet: 'The gate cannot be passed yet: {count} conditions are unmet.',
    first_phase: 'The initiative is already in its first phase.',
    already_participant: '{member} already takes part in the initiative.',
    not_participant: '{member} does not take part in the initiative.',
    participant_leaves_at_gate: '{member} takes part and can leave only at a gate, by declining there ({gate}).',
    unknown_document_field: 'The document type has no such field.',
    amount_in_ore: 'Give the amount in whole öre, as a non-negative integer.',
    whole_number: 'Give a non-negative whole number.',
    unknown_document_type: 'The process model has no document type {key}.',
  },
)
