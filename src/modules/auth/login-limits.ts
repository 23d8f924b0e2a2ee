/** Login attempts one client (its real address: see SAMVERKA_TRUST_PROXY) may make a minute, over all accounts. */
export const LOGIN_LIMIT_PER_CLIENT = 20
/**
 * Attempts at one account from one client a minute. Keyed by the client too, so one address cannot
 * keep the account's owner out through this limit; the account lock (auth.service) is the account-wide one.
 */
export const LOGIN_LIMIT_PER_ACCOUNT = 10
