import type { Locale } from '../../server/http/messages'

/** The e-mail that carries a one-time link, in the person's own language (Swedish unless they chose English). */
interface LinkMail {
  name: string
  link: string
}

export function invitationMail(locale: Locale, mail: LinkMail & { invitedBy: string; days: number }) {
  if (locale === 'en') {
    return {
      subject: 'You are invited to Samverka',
      body: [
        `Hello ${mail.name},`,
        '',
        `${mail.invitedBy} has given you an account in Samverka. Open the link below and choose your password to sign in:`,
        '',
        mail.link,
        '',
        `The link works once and for ${mail.days} days. If it has stopped working, ask ${mail.invitedBy} for a new one.`,
        'If you did not expect this message you can ignore it.',
      ].join('\n'),
    }
  }
  return {
    subject: 'Du är inbjuden till Samverka',
    body: [
      `Hej ${mail.name},`,
      '',
      `${mail.invitedBy} har gett dig ett konto i Samverka. Öppna länken nedan och välj ditt lösenord för att logga in:`,
      '',
      mail.link,
      '',
      `Länken fungerar en gång och i ${mail.days} dagar. Har den slutat fungera kan du be ${mail.invitedBy} om en ny.`,
      'Om du inte väntade dig det här meddelandet kan du bortse från det.',
    ].join('\n'),
  }
}

export function passwordResetMail(locale: Locale, mail: LinkMail & { minutes: number }) {
  if (locale === 'en') {
    return {
      subject: 'Choose a new password for Samverka',
      body: [
        `Hello ${mail.name},`,
        '',
        'Someone, hopefully you, asked to choose a new password for your account in Samverka. Open the link below to do so:',
        '',
        mail.link,
        '',
        `The link works once and for ${mail.minutes} minutes. When you have chosen a new password you are signed out everywhere, and sign in again with it.`,
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ].join('\n'),
    }
  }
  return {
    subject: 'Välj ett nytt lösenord till Samverka',
    body: [
      `Hej ${mail.name},`,
      '',
      'Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord till ditt konto i Samverka. Öppna länken nedan för att göra det:',
      '',
      mail.link,
      '',
      `Länken fungerar en gång och i ${mail.minutes} minuter. När du har valt ett nytt lösenord loggas du ut överallt och loggar in igen med det nya.`,
      'Om du inte har bett om detta kan du bortse från meddelandet: ditt lösenord är oförändrat.',
    ].join('\n'),
  }
}
