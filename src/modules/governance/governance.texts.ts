import { defineTexts, fill, type Locale } from '../../shared/texts'
import type { AdvisorQuestion, Reason } from './legal-form-advisor'
import type { Finding, FindingCode } from './legal-form-rules'

const findings = defineTexts<Record<FindingCode, string>>(
  {
    host_missing: 'En gemensam nämnd måste ha en värdkommun. Välj värdkommun under samverkans inställningar.',
    host_not_for_form: 'Samverkansformen är en egen juridisk person och har ingen värdkommun. Välj ”Ingen värdkommun” under samverkans inställningar.',
    board_missing: 'En gemensam nämnd behöver en nämnd: lägg till ett organ av typen nämnd/styrelse.',
    member_without_ledamot: 'Dessa medlemmar saknar ledamot i nämnden: {names}.',
    member_without_ersattare: 'Dessa medlemmar saknar ersättare i nämnden: {names}.',
    direktion_missing: 'Ett kommunalförbund behöver en direktion eller ett förbundsfullmäktige.',
    member_not_in_direktion: 'Alla medlemmar ska vara företrädda i direktionen; dessa saknas: {names}.',
    binding_needs_member_decisions: 'Samverkansformen har inget eget organ som kan binda medlemmarna. Bindande beslut kräver därför likalydande beslut hos varje medlem: {names}.',
    body_cannot_bind_members: '{first} har mandat att besluta om {rest}, men i den här samverkansformen binder det inte medlemmarna förrän var och en har fattat samma beslut.',
    kind_without_decider: 'Inget organ har mandat att besluta om: {names}.',
    records_public_by_law: 'Samverkan är en myndighet: allmänna handlingar är offentliga och den publika insynen är på.',
    records_not_public: 'Samverkans handlingar är inte allmänna handlingar enligt lag; publik insyn är avstängd.',
    records_public_by_choice: 'Samverkan har valt att göra sina handlingar publika.',
    public_authority_records_closed: 'En gemensam nämnd eller ett kommunalförbund kan inte stänga sina allmänna handlingar.',
    rules_met: 'Organisationen uppfyller kraven för samverkansformen.',
  },
  {
    host_missing: 'A joint committee must have a host municipality. Choose one in the collaboration settings.',
    host_not_for_form: 'The legal form is a legal person of its own and has no host municipality. Choose “No host municipality” in the collaboration settings.',
    board_missing: 'A joint committee needs its committee: add a body of the kind board.',
    member_without_ledamot: 'These members have no member (ledamot) on the committee: {names}.',
    member_without_ersattare: 'These members have no deputy (ersättare) on the committee: {names}.',
    direktion_missing: 'A municipal federation needs a board of directors (direktion) or a federation assembly.',
    member_not_in_direktion: 'Every member must be represented in the direktion; these are missing: {names}.',
    binding_needs_member_decisions: 'The legal form has no body of its own that can bind the members. Binding decisions therefore need identical decisions by every member: {names}.',
    body_cannot_bind_members: '{first} is mandated to decide on {rest}, but in this legal form that binds the members only once each has taken the same decision.',
    kind_without_decider: 'No body is mandated to decide on: {names}.',
    records_public_by_law: 'The collaboration is a public authority: its records are public and public access is on.',
    records_not_public: 'The collaboration’s documents are not public records by law; public access is off.',
    records_public_by_choice: 'The collaboration has chosen to make its records public.',
    public_authority_records_closed: 'A joint committee or municipal federation cannot close its public records.',
    rules_met: 'The organisation meets the requirements of its legal form.',
  },
)

export function findingMessage(locale: Locale, finding: Finding): string {
  const [first = '', ...rest] = finding.names
  return fill(findings[locale][finding.code], { names: finding.names.join(', '), first, rest: rest.join(', ') })
}

const questions = defineTexts<Record<AdvisorQuestion, string>>(
  {
    manyParties: 'Är det många parter?',
    mandatoryActivity: 'Gäller det obligatorisk verksamhet?',
    publicAuthority: 'Innebär det myndighetsutövning?',
    commonPolicy: 'Behövs en gemensam politisk styrning?',
    ownStaff: 'Ska samverkan ha egen personal?',
    withoutProcurement: 'Ska medlemmarna kunna använda tjänsterna utan upphandling?',
    ownLegalPerson: 'Behövs en egen juridisk person (egna avtal, egen ekonomi)?',
    timeLimited: 'Är samverkan tidsbegränsad?',
  },
  {
    manyParties: 'Are there many parties?',
    mandatoryActivity: 'Does it concern mandatory activity?',
    publicAuthority: 'Does it involve exercise of public authority?',
    commonPolicy: 'Is common political steering needed?',
    ownStaff: 'Will the collaboration have its own staff?',
    withoutProcurement: 'Must the members be able to use the services without procurement?',
    ownLegalPerson: 'Is an own legal person needed (own contracts, own finances)?',
    timeLimited: 'Is the collaboration time-limited?',
  },
)

export const questionText = (locale: Locale, question: AdvisorQuestion) => questions[locale][question]

const fits = defineTexts<Record<Reason['fit'], string>>(
  { required: 'Ja — formen klarar det, och de som inte gör det faller bort.', good: 'Passar bra.', poor: 'Passar dåligt.', cannot: 'Går inte i den här formen.', light: 'Nej — en lättare form räcker.' },
  { required: 'Yes — the form can do it, and those that cannot drop out.', good: 'Fits well.', poor: 'Fits poorly.', cannot: 'Not possible in this form.', light: 'No — a lighter form is enough.' },
)

export const reasonText = (locale: Locale, reason: Reason) => `${questions[locale][reason.question]} ${fits[locale][reason.fit]}`

/** The governance module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const governanceErrors = defineTexts(
  {
    escalation_cycle: 'Eskaleringen skulle gå i cirkel: {path}. Välj ett organ högre upp som inte eskalerar tillbaka.',
    mandate_both: 'Ett organ kan inte både bereda och besluta samma beslutstyp: {names}.',
    no_higher_body: '{body} eskalerar inte vidare. Lös oenigheten där, eller ange vart organet eskalerar.',
    disagreement_closed: 'Oenigheten är redan löst.',
    decision_kind_exists: 'Det finns redan en beslutstyp med nyckeln {key}.',
    person_not_in_collaboration: 'Personen har ingen roll i den här samverkan.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    decision_kind_key_format: 'Nyckeln skrivs med små bokstäver, siffror och _, t.ex. e_service_launch',
  },
  {
    escalation_cycle: 'The escalation would go in a circle: {path}. Choose a higher body that does not escalate back.',
    mandate_both: 'A body cannot both prepare and decide the same decision kind: {names}.',
    no_higher_body: '{body} does not escalate further. Resolve the disagreement there, or set where the body escalates.',
    disagreement_closed: 'The disagreement is already resolved.',
    decision_kind_exists: 'A decision kind with the key {key} already exists.',
    person_not_in_collaboration: 'The person has no role in this collaboration.',
    decision_kind_key_format: 'The key is written in lower-case letters, digits and _, e.g. e_service_launch',
  },
)
