import { defineTexts } from '../../shared/texts'

/** The sso module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const ssoErrors = defineTexts(
  {
    password_login_off: 'Inloggning med lösenord är avstängd här ({setting}). Logga in via din organisations inloggningstjänst.',
    sso_issuer_unreachable: 'Utfärdaren {issuer} svarade inte. Kontrollera adressen och att Samverka når den ({detail}).',
    sso_issuer_invalid: 'Utfärdaren {issuer} gav inget användbart OpenID Connect-svar ({detail}). Ange utfärdarens adress, utan /.well-known/openid-configuration.',
    sso_member_unknown: 'Medlemmen finns inte. Välj en medlem i en samverkan, eller ingen.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    claim_name_format: 'Ett anspråks namn består av bokstäver, siffror och _ . : -',
  },
  {
    password_login_off: 'Logging in with a password is turned off here ({setting}). Log in through your organisation\'s sign-in service.',
    sso_issuer_unreachable: 'The issuer {issuer} did not answer. Check the address and that Samverka can reach it ({detail}).',
    sso_issuer_invalid: 'The issuer {issuer} gave no usable OpenID Connect answer ({detail}). Enter the issuer\'s address, without /.well-known/openid-configuration.',
    sso_member_unknown: 'The member does not exist. Choose a member of a collaboration, or none.',
    claim_name_format: 'A claim name consists of letters, digits and _ . : -',
  },
)
