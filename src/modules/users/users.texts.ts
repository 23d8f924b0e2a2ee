import { defineTexts } from '../../shared/texts'

/** The users module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const usersErrors = defineTexts(
  {
    wrong_password: 'Det nuvarande lösenordet stämmer inte.',
    member_needs_member: 'En medlemsrepresentant måste kopplas till en medlem.',
    role_without_member: 'Rollen {role} kopplas inte till en medlem.',
    user_exists: 'Det finns redan ett konto med e-postadressen {email}.',
    last_coordinator: 'Samverkan måste ha minst en samordnare. Ge någon annan rollen först.',
    password_required_new_account: 'Personen har inget konto än. Ange ett startlösenord på minst 12 tecken.',
    account_other_name: 'Namnet stämmer inte med kontot för den här e-postadressen. Skriv personens namn som det står i kontot, eller be en administratör om hjälp.',
    invitation_not_needed: '{name} har redan valt ett lösenord och behöver ingen ny inbjudan. Glömt lösenord väljs om via "Glömt lösenordet?" på inloggningssidan.',
    account_deactivated: 'Kontot är avaktiverat. En administratör kan återaktivera det.',
    cannot_deactivate_self: 'Du kan inte avaktivera ditt eget konto. Be en annan administratör om det.',
    last_admin: 'Kontot är den sista aktiva administratören och kan inte avaktiveras: någon måste kunna administrera Samverka.',
  },
  {
    wrong_password: 'The current password is not correct.',
    member_needs_member: 'A member representative must be linked to a member.',
    role_without_member: 'The role {role} is not linked to a member.',
    user_exists: 'An account with the e-mail address {email} already exists.',
    last_coordinator: 'The collaboration must keep at least one coordinator. Give someone else the role first.',
    password_required_new_account: 'The person has no account yet. Give a starting password of at least 12 characters.',
    account_other_name: 'The name does not match the account with this e-mail address. Write the person\'s name as it is in the account, or ask an administrator for help.',
    invitation_not_needed: '{name} has already chosen a password and needs no new invitation. A forgotten password is chosen anew through "Forgot your password?" on the login page.',
    account_deactivated: 'The account is deactivated. An administrator can reactivate it.',
    cannot_deactivate_self: 'You cannot deactivate your own account. Ask another administrator.',
    last_admin: 'The account is the last active administrator and cannot be deactivated: someone must be able to administer Samverka.',
  },
)
