import { formatDateTime } from '../../shared/format'
import { queueMail, recipientLocales } from '../../server/mail/mail'
import { defineSubscriber } from '../events'
import { cancellationText, noticeText } from './notice-text'

/** The notice (kallelse) goes by e-mail to each recipient, in that person's language. */
const noticeMail = defineSubscriber({
  name: 'meetings.notice_mail',
  types: ['meeting.notice_sent'],
  async handle(tx, event) {
    const { payload } = event
    const locales = await recipientLocales(tx, payload.recipients.map((r) => r.userId))
    for (const person of payload.recipients) {
      const text = noticeText(payload, payload.agenda, payload.url, locales.get(person.userId) ?? 'sv')
      await queueMail(tx, { collaborationId: event.collaborationId, kind: 'meeting.notice', to: { address: person.email, name: person.name }, ...text })
    }
  },
})

/** Those who got the notice of a cancelled meeting are told, with the reason, each in their language. */
const cancellationMail = defineSubscriber({
  name: 'meetings.cancellation_mail',
  types: ['meeting.cancelled'],
  async handle(tx, event) {
    const { payload } = event
    const locales = await recipientLocales(tx, payload.recipients.map((r) => r.userId))
    const meeting = { bodyName: payload.bodyName, when: formatDateTime(payload.startsAt) }
    for (const person of payload.recipients) {
      const text = cancellationText(meeting, payload.reason, locales.get(person.userId) ?? 'sv')
      await queueMail(tx, { collaborationId: event.collaborationId, kind: 'meeting.cancelled', to: { address: person.email, name: person.name }, ...text })
    }
  },
})

export const meetingSubscribers = [noticeMail, cancellationMail]
