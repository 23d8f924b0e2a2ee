import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { CalendarFeedState, CreatedCalendarFeed } from '../../modules/calendar/calendar.schema'
import { formatDate } from '../../shared/format'
import { api, get } from '../api/client'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'

const key = ['me', 'calendar-feed']

/** Min kalender: create, copy, replace or revoke the secret address of the person's own iCal feed. */
export function CalendarFeedSection() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const state = useQuery({ queryKey: key, queryFn: () => get<z.infer<typeof CalendarFeedState>>('/api/me/calendar-feed') })
  const [url, setUrl] = useState('')
  const [message, setMessage] = useState('')
  const refresh = () => queryClient.invalidateQueries({ queryKey: key })
  const create = useMutation({
    mutationFn: () => api<z.infer<typeof CreatedCalendarFeed>>('POST', '/api/me/calendar-feed'),
    onSuccess: (created) => {
      setUrl(created.url)
      setMessage('')
      return refresh()
    },
  })
  const revoke = useMutation({
    mutationFn: () => api<void>('DELETE', '/api/me/calendar-feed'),
    onSuccess: () => {
      setUrl('')
      setMessage(t('calendarFeed.revoked'))
      return refresh()
    },
  })
  const copy = async () => {
    await navigator.clipboard.writeText(url)
    setMessage(t('calendarFeed.copied'))
  }
  const pending = create.isPending || revoke.isPending
  return (
    <section className="card" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t('calendarFeed.title')}</h2>
      <p className="field-hint">{t('calendarFeed.intro')}</p>
      {message && <SuccessMessage>{message}</SuccessMessage>}
      <ErrorSummary error={create.error ?? revoke.error} />
      <QueryView query={state}>
        {(feed) => (
          <>
            {url ? (
              <div className="field">
                <label htmlFor="calendar-feed-url">{t('calendarFeed.url')}</label>
                <p className="field-hint" id="calendar-feed-url-hint">
                  {t('calendarFeed.shownOnce')}
                </p>
                <input id="calendar-feed-url" type="text" readOnly value={url} aria-describedby="calendar-feed-url-hint" onFocus={(e) => e.currentTarget.select()} />
              </div>
            ) : (
              <p>{feed.active ? t('calendarFeed.active', { date: formatDate(feed.createdAt) }) : t('calendarFeed.none')}</p>
            )}
            <div className="form-actions">
              {url && (
                <button type="button" className="button button-primary" onClick={() => void copy()}>
                  {t('calendarFeed.copy')}
                </button>
              )}
              <button type="button" className={url ? 'button button-secondary' : 'button button-primary'} onClick={() => create.mutate()} disabled={pending}>
                {create.isPending ? t('calendarFeed.working') : feed.active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
              </button>
              {feed.active && (
                <button type="button" className="button button-secondary" onClick={() => revoke.mutate()} disabled={pending}>
                  {revoke.isPending ? t('calendarFeed.working') : t('calendarFeed.revoke')}
                </button>
              )}
            </div>
          </>
        )}
      </QueryView>
    </section>
  )
}
