import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  )
}

/**
 * An error from the API: its title, every field error as a link to its field, and for a stale
 * version a button to reload. Takes focus when it appears, so keyboard users land on it.
 */
export function ErrorSummary({ error, fieldIds = {} }: { error: unknown; fieldIds?: Record<string, string> }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])
  if (!error) return null
  const apiError = error instanceof ApiError ? error : undefined
  const stale = apiError?.code === 'stale_version'
  const fields = Object.entries(apiError?.fields ?? {})
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="alert-title">{apiError?.title ?? t('common.errorTitle')}</h2>
      {stale && <p>{t('common.staleVersion')}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, message]) => (
            <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}</li>
          ))}
        </ul>
      )}
      {stale && (
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      )}
    </div>
  )
}

/** Renders a query's data, or its loading state, or its error with a way to try again. */
export function QueryView<T>({ query, empty, children }: { query: UseQueryResult<T>; empty?: ReactNode; children: (data: T) => ReactNode }) {
  const { t } = useTranslation()
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <div>
        <ErrorSummary error={query.error} />
        <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    )
  }
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <p className="empty">{empty}</p>
  return <>{children(query.data)}</>
}

/** A confirmation after something succeeded, read out by screen readers. */
export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  )
}
