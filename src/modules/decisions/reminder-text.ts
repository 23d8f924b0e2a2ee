import { defineTexts, fill, type Locale } from '../../shared/texts'

/** The reminder to a participant's representatives that its own decision at a gate is missing. */
export const reminderTexts = defineTexts(
  {
    subject: 'Påminnelse: {member}s beslut om {initiative}',
    waiting: '{initiative} väntar på {member}s eget beslut vid grinden {gate}{due}.',
    due: ', senast {date}',
    needed: 'Beslut som behövs: {decisions} (likalydande beslut i varje deltagande medlem).',
    register: 'Registrera beslutet i Samverka: {url}',
  },
  {
    subject: 'Reminder: the decision of {member} on {initiative}',
    waiting: '{initiative} is waiting for the own decision of {member} at the gate {gate}{due}.',
    due: ', by {date}',
    needed: 'Decisions needed: {decisions} (identical decisions in every participating member).',
    register: 'Record the decision in Samverka: {url}',
  },
)

export interface Reminder {
  initiativeTitle: string
  memberName: string
  gateName: { sv: string; en: string }
  gateDueOn: string | null
  requiredDecisions: { sv: string; en: string }[]
  url: string
}

export function reminderText(reminder: Reminder, locale: Locale) {
  const t = reminderTexts[locale]
  const names = { member: reminder.memberName, initiative: reminder.initiativeTitle }
  return {
    subject: fill(t.subject, names),
    body: [
      fill(t.waiting, { ...names, gate: reminder.gateName[locale], due: reminder.gateDueOn ? fill(t.due, { date: reminder.gateDueOn }) : '' }),
      fill(t.needed, { decisions: reminder.requiredDecisions.map((d) => d[locale]).join(', ') }),
      '',
      fill(t.register, { url: reminder.url }),
    ].join('\n'),
  }
}
