import { defineTexts, fill, type Locale } from '../../shared/texts'

/** The e-mails that carry a one-time link, in the person's own language (Swedish unless they or their inviter chose English). */
const accountMailTexts = defineTexts(
  {
    hello: 'Hej {name},',
    invitationSubject: 'Du är inbjuden till Samverka',
    invitationIntro: '{invitedBy} har gett dig ett konto i Samverka. Öppna länken nedan och välj ditt lösenord för att logga in:',
    invitationValid: 'Länken fungerar en gång och i {days} dagar. Har den slutat fungera kan du be {invitedBy} om en ny.',
    invitationIgnore: 'Om du inte väntade dig det här meddelandet kan du bortse från det.',
    resetSubject: 'Välj ett nytt lösenord till Samverka',
    resetIntro: 'Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord till ditt konto i Samverka. Öppna länken nedan för att göra det:',
    resetValid: 'Länken fungerar en gång och i {minutes} minuter. När du har valt ett nytt lösenord loggas du ut överallt och loggar in igen med det nya.',
    resetIgnore: 'Om du inte har bett om detta kan du bortse från meddelandet: ditt lösenord är oförändrat.',
  },
  {
    hello: 'Hello {name},',
    invitationSubject: 'You are invited to Samverka',
    invitationIntro: '{invitedBy} has given you an account in Samverka. Open the link below and choose your password to sign in:',
    invitationValid: 'The link works once and for {days} days. If it has stopped working, ask {invitedBy} for a new one.',
    invitationIgnore: 'If you did not expect this message you can ignore it.',
    resetSubject: 'Choose a new password for Samverka',
    resetIntro: 'Someone, hopefully you, asked to choose a new password for your account in Samverka. Open the link below to do so:',
    resetValid: 'The link works once and for {minutes} minutes. When you have chosen a new password you are signed out everywhere, and sign in again with it.',
    resetIgnore: 'If you did not ask for this, ignore this message: your password stays as it is.',
  },
)

type LinkMail = {
  name: string
  link: string
}


export function invitationMail(locale: Locale, mail: LinkMail & { invitedBy: string; days: number }) {
  const t = accountMailTexts[locale]
  return {
    subject: t.invitationSubject,
    body: [fill(t.hello, mail), '', fill(t.invitationIntro, mail), '', mail.link, '', fill(t.invitationValid, mail), t.invitationIgnore].join('\n'),
  }
}

export function passwordResetMail(locale: Locale, mail: LinkMail & { minutes: number }) {
  const t = accountMailTexts[locale]
  return {
    subject: t.resetSubject,
    body: [fill(t.hello, mail), '', t.resetIntro, '', mail.link, '', fill(t.resetValid, mail), t.resetIgnore].join('\n'),
  }
}
