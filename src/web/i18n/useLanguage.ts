import { useTranslation } from 'react-i18next'
import type { Language } from './index'

/** The interface language, for the format helpers' unit words. */
export function useLanguage(): Language {
  return useTranslation().i18n.language === 'en' ? 'en' : 'sv'
}
