import type { svSetup, svSetupAuditActions } from './sv-setup'

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

export const enSetup: Texts<typeof svSetup> = {
  setup: {
    title: 'Set up Samverka',
    intro: 'Create the first administrator account. As administrator you then create collaborations and invite users.',
    noToken: 'The link lacks its one-time code. Open the whole link printed when Samverka started, or ask the people running the server to run npm run admin:create.',
    closed: 'Samverka is already set up: the first administrator account exists.',
    toLogin: 'Go to the login page',
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    passwordHint: 'At least 12 characters. A long phrase of several words is easier to remember and harder to guess.',
    repeat: 'Repeat the password',
    mismatch: 'The passwords differ. Type the same password in both fields.',
    submit: 'Create administrator account',
    submitting: 'Creating the account …',
    loginNotice:
      'Samverka has no account yet. Create the first administrator with the setup link printed when Samverka started, or run npm run admin:create on the server.',
  },
  demoData: {
    nav: 'Demo data',
    title: 'Demo data',
    intro:
      'The demo data are examples loaded when Samverka first started. Remove them before Samverka is used for real. Only what is marked as demo is removed, and the audit log keeps its entries.',
    none: 'There is no demo data.',
    collaborations: 'Demo collaborations',
    records: 'Records in them',
    accounts: 'Demo accounts',
    remove: 'Remove all demo data',
    confirmTitle: 'Remove all demo data?',
    confirmText: 'This cannot be undone. Every demo collaboration with everything in it, and every demo account, is removed.',
    removing: 'Removing …',
    removed: 'The demo data is removed: {{collaborations}} collaborations, {{records}} records and {{accounts}} accounts.',
    deactivated: 'These demo accounts have roles or records in real collaborations and were deactivated instead of removed:',
    badge: 'Demo',
  },
}

export const enSetupAuditActions: Texts<typeof svSetupAuditActions> = {
  demo: {
    removed: 'Demo data removed',
  },
}
