import { defineTexts } from '../../shared/texts'

/**
 * The words of notifications, in the bell and in e-mail. `{text}` is the duty as the to-do list says it,
 * `{date}` its due date, `{days}` the days left.
 */
export const notificationTexts = defineTexts(
  {
    new_duty: 'Att göra: {text}',
    new_duty_due: 'Att göra: {text} – senast {date}',
    reminder_days: 'Påminnelse: {text} – senast {date}, om {days} dagar',
    reminder_day: 'Påminnelse: {text} – senast {date}, i morgon',
    reminder_today: 'Påminnelse: {text} – ska vara klart i dag, {date}',
    overdue: 'Försenat: {text} – skulle ha varit klart {date}',
    mail_footer: 'Du får e-post om det här eftersom du har valt det. Ändra eller stäng av: {settingsUrl}',
    digest_subject_daily: 'Samverka: {count} att göra – daglig sammanfattning',
    digest_subject_weekly: 'Samverka: {count} att göra – veckosammanfattning',
    digest_greeting: 'Hej {name}!',
    digest_intro: 'Det här har du, och de medlemmar du företräder, att göra i Samverka. Det som ska vara klart först står först.',
    digest_due: 'Senast {date} (om {days} dagar)',
    digest_due_tomorrow: 'Senast {date} (i morgon)',
    digest_due_today: 'Senast {date} (i dag)',
    digest_overdue: 'Senast {date} – försenat',
    digest_no_date: 'Inget slutdatum',
    digest_footer_daily: 'Du får den här sammanfattningen varje morgon. Ändra eller stäng av den med ett klick: {settingsUrl}',
    digest_footer_weekly: 'Du får den här sammanfattningen varje måndag. Ändra eller stäng av den med ett klick: {settingsUrl}',
  },
  {
    new_duty: 'To do: {text}',
    new_duty_due: 'To do: {text} – by {date}',
    reminder_days: 'Reminder: {text} – by {date}, in {days} days',
    reminder_day: 'Reminder: {text} – by {date}, tomorrow',
    reminder_today: 'Reminder: {text} – due today, {date}',
    overdue: 'Overdue: {text} – was due {date}',
    mail_footer: 'You receive e-mail about this because you chose to. Change or turn it off: {settingsUrl}',
    digest_subject_daily: 'Samverka: {count} to do – daily digest',
    digest_subject_weekly: 'Samverka: {count} to do – weekly digest',
    digest_greeting: 'Hello {name},',
    digest_intro: 'This is what you, and the members you act for, have to do in Samverka. What is due first comes first.',
    digest_due: 'By {date} (in {days} days)',
    digest_due_tomorrow: 'By {date} (tomorrow)',
    digest_due_today: 'By {date} (today)',
    digest_overdue: 'By {date} – overdue',
    digest_no_date: 'No due date',
    digest_footer_daily: 'You receive this digest every morning. Change or turn it off in one click: {settingsUrl}',
    digest_footer_weekly: 'You receive this digest every Monday. Change or turn it off in one click: {settingsUrl}',
  },
)

export const notificationsErrors = defineTexts(
  {
    notification_not_found: 'Hittade inte aviseringen. Den kan höra till någon annan, eller så har du fel adress.',
    reminder_days_twice: 'Ange varje antal dagar bara en gång.',
  },
  {
    notification_not_found: 'Could not find the notification. It may belong to someone else, or the address is wrong.',
    reminder_days_twice: 'Give each number of days only once.',
  },
)
