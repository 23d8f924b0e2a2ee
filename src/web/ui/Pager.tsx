import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../shared/format'

/** Where a page of a list sits in the whole: the same shape every paged list answers with (src/server/http/paging.ts). */
export interface PageInfo {
  page: number
  limit: number
  total: number
}

/** "Showing 51–100 of 2 000", announced when it changes. */
export function PageCount({ info, shown, className = 'pager-count' }: { info: PageInfo; shown: number; className?: string }) {
  const { t } = useTranslation()
  const first = (info.page - 1) * info.limit + 1
  return (
    <p className={className} aria-live="polite">
      {info.total === 0 ? t('pager.none') : t('pager.showing', { first: formatNumber(first), last: formatNumber(first + shown - 1), total: formatNumber(info.total) })}
    </p>
  )
}

/** Previous / next with "page 2 of 40"; nothing when everything fits on one page. `label` names the list for screen readers. */
export function Pager({ info, onPage, label }: { info: PageInfo; onPage: (page: number) => void; label: string }) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(info.total / info.limit))
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button-secondary button-small" disabled={info.page <= 1} onClick={() => onPage(info.page - 1)}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.pageOf', { page: formatNumber(info.page), pages: formatNumber(pages) })}</span>
      <button type="button" className="button button-secondary button-small" disabled={info.page >= pages} onClick={() => onPage(info.page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  )
}
