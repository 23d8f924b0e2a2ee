import type { svSso } from './sv-sso'

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** The English texts of single sign-on (the same keys as sv-sso.ts). */
export const enSso: Texts<typeof svSso> = {
  sso: {
    login: {
      title: 'Log in through your organisation',
      with: 'Log in with {{name}}',
      passwordsOff: 'Here you log in through your organisation’s sign-in service.',
      noWayIn: 'No sign-in service has been set up yet. Contact the administrator of Samverka.',
    },
    errors: {
      unavailable: 'The sign-in service cannot be used right now. Try again in a while, or contact the administrator.',
      failed: 'The login could not be completed. Start again by choosing the sign-in service.',
      cancelled: 'The login was cancelled at the sign-in service.',
      no_email: 'The sign-in service sent no e-mail address, so Samverka cannot tell who you are. Contact the administrator.',
      email_not_verified: 'The sign-in service has not confirmed your e-mail address, so Samverka cannot link it to an account. Contact the administrator.',
      no_account: 'You have no account in Samverka. Ask the coordinator to invite you.',
      deactivated: 'Your account in Samverka is deactivated. An administrator can reactivate it.',
      not_for_member: 'This sign-in service is for the people who represent its organisation, and you have no role for it in Samverka. Choose another way to log in, or ask the coordinator for a role.',
      linked_to_other: 'The account with your e-mail address is already linked to another person at the sign-in service. Contact the administrator.',
    },
    admin: {
      nav: 'Sign-in services',
      title: 'Sign-in services (OpenID Connect)',
      intro: 'The organisations’ own sign-in services, such as Microsoft Entra ID, ADFS, Inera’s IdP or Freja eID. Whoever logs in is linked to the account with the same confirmed e-mail address, or to an invited account; nobody gets an account just by logging in.',
      caption: 'Sign-in services set up',
      empty: 'No sign-in services are set up. Everyone logs in with a password.',
      name: 'Name',
      issuer: 'Issuer',
      binding: 'Bound to',
      noBinding: 'All accounts',
      state: 'State',
      enabledState: 'On',
      disabledState: 'Off',
      actions: 'Actions',
      edit: 'Change {{name}}',
      remove: 'Remove {{name}}',
      add: 'Add a sign-in service',
      addTitle: 'New sign-in service',
      editTitle: 'Change {{name}}',
      nameHint: 'Shown on the “Log in with …” button, e.g. “Luleå kommun”.',
      issuerHint: 'The issuer’s address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0. Samverka reads its OpenID Connect details when you save.',
      clientId: 'Client id',
      clientSecret: 'Client secret',
      clientSecretHint: 'Kept in Samverka’s database and never shown again.',
      clientSecretKeep: 'Leave empty to keep the saved secret.',
      emailClaim: 'Claim with the e-mail address',
      emailClaimHint: 'Usually email; in Entra ID sometimes upn or preferred_username.',
      nameClaim: 'Claim with the name',
      trustEmail: 'Trust the service’s e-mail addresses even without email_verified',
      trustEmailHint: 'Entra ID and ADFS often send no email_verified. Turn this on only for a service whose organisation decides the e-mail addresses itself.',
      enabled: 'On (shown on the login page)',
      member: 'Bind to a member',
      memberHint: 'A bound service logs in only people with a role for the member’s organisation, in any collaboration.',
      memberNone: 'No binding: all accounts',
      redirectUri: 'Redirect URI to register at the service',
      save: 'Save the sign-in service',
      saving: 'Saving …',
      saved: '{{name}} is saved.',
      removed: '{{name}} is removed.',
      confirmRemoveTitle: 'Remove {{name}}?',
      confirmRemove: 'People who logged in through the service keep their accounts, but the link is removed.',
      confirmRemoveButton: 'Remove',
      removing: 'Removing …',
    },
  },
}

/** Audit log labels of the providers' changes (spread into the audit actions of en.ts). */
export const enSsoAuditActions = {
  identity_provider: {
    created: 'Sign-in service added',
    updated: 'Sign-in service changed',
    deleted: 'Sign-in service removed',
  },
}
