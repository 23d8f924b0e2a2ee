import type { ReactNode } from 'react'

/** A wide table scrolls sideways on small screens; the region is focusable so keyboard users can scroll it too. */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
