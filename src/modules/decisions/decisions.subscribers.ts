import { queueMail, recipientLocales } from '../../server/mail/mail'
import { defineSubscriber } from '../events'
import { reminderText } from './reminder-text'

/** Each reminded member's representatives get the reminder by e-mail, each in their language. */
const reminderMail = defineSubscriber({
  name: 'decisions.reminder_mail',
  types: ['decision.members_reminded'],
  async handle(tx, event) {
    const { payload } = event
    const locales = await recipientLocales(tx, payload.reminders.flatMap((r) => r.recipients.map((p) => p.userId)))
    for (const reminder of payload.reminders) {
      for (const person of reminder.recipients) {
        const text = reminderText({ ...payload, memberName: reminder.memberName }, locales.get(person.userId) ?? 'sv')
        await queueMail(tx, { collaborationId: event.collaborationId, kind: 'gate.reminder', to: { address: person.email, name: person.name }, ...text })
      }
    }
  },
})

export const decisionSubscribers = [reminderMail]
