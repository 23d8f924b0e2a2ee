import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, type FieldErrors } from '../api/client'

/** The server's field errors with the ones found before sending laid over them. */
export const fieldErrors = (error: unknown, local: FieldErrors = {}): FieldErrors => ({ ...(error instanceof ApiError ? error.fields : {}), ...local })

/** Errors found before sending, shown (and focused) by the same summary as the server's. */
export function useLocalErrors() {
  const { t } = useTranslation()
  const [local, setLocal] = useState<FieldErrors>({})
  const summary = useMemo(() => (Object.keys(local).length > 0 ? new ApiError(400, 'invalid_input', t('common.checkFields'), local) : null), [local, t])
  return { local, setLocal, summary }
}

/** A whole number typed in a field ("100", " 2 "), or null. */
export function parseWhole(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '')
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : null
}
