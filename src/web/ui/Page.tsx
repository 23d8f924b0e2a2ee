import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

// False until the first page has shown; after that every new page is a client-side navigation.
let navigated = false

/** One page: its <title> and its one <h1>, which receives focus after a navigation. */
export function Page({ title, context, intro, actions, children }: { title: string; context?: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // Move focus to the new heading as a page load would, so screen readers announce the page.
    if (navigated) heading.current?.focus()
    navigated = true
  }, [])
  useEffect(() => {
    document.title = [title, context, t('app.titleSuffix')].filter(Boolean).join(' – ')
  }, [title, context, t])
  return (
    <>
      <div className="page-heading">
        <div>
          {context && <p className="page-context">{context}</p>}
          <h1 tabIndex={-1} ref={heading}>{title}</h1>
          {intro && <p className="page-intro">{intro}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  )
}
