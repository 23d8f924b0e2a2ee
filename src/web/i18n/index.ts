import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { readCookie } from '../api/client'
import { en } from './en'
import { sv } from './sv'
import { enAccounts } from './en-accounts'
import { svAccounts } from './sv-accounts'
import { enSetup } from './en-setup'
import { svSetup } from './sv-setup'
import { enSso } from './en-sso'
import { svSso } from './sv-sso'
import { enScreens } from './en-screens'
import { svScreens } from './sv-screens'
import { enDashboard } from './en-dashboard'
import { svDashboard } from './sv-dashboard'
import { enNotifications } from './en-notifications'
import { svNotifications } from './sv-notifications'
import { enDuties } from './en-duties'
import { svDuties } from './sv-duties'
import { enBenefits } from './en-benefits'
import { svBenefits } from './sv-benefits'
import { enRisks } from './en-risks'
import { svRisks } from './sv-risks'
import { enDecisionBasis } from './en-decision-basis'
import { svDecisionBasis } from './sv-decision-basis'

export type Language = 'sv' | 'en'
export const LANGUAGE_COOKIE = 'samverka_lang'

/** Swedish unless the user chose English before (the cookie the server also reads for its messages). */
export function initialLanguage(): Language {
  return readCookie(LANGUAGE_COOKIE) === 'en' ? 'en' : 'sv'
}

/** Switches the texts, <html lang> and the cookie that makes the server answer in the same language. */
export async function applyLanguage(language: Language): Promise<void> {
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`
  document.documentElement.lang = language
  await i18next.changeLanguage(language)
}

export function setupI18n(): typeof i18next {
  const language = initialLanguage()
  document.documentElement.lang = language
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: { ...sv, ...svSetup, ...svSso, ...svAccounts, ...svScreens, ...svDashboard, ...svNotifications, ...svDuties, ...svBenefits, ...svRisks, ...svDecisionBasis } }, en: { translation: { ...en, ...enSetup, ...enSso, ...enAccounts, ...enScreens, ...enDashboard, ...enNotifications, ...enDuties, ...enBenefits, ...enRisks, ...enDecisionBasis } } },
    lng: language,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}
