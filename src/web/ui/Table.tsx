import type { ReactNode } from 'react'

/**
 * A table with its caption. A wide table scrolls sideways on small screens; the region, named by the caption,
 * is focusable so keyboard users can scroll it too. The children are the thead and tbody.
 */
export function Table({ captionId, caption, captionClassName, className, children }: { captionId: string; caption: ReactNode; captionClassName?: string; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}

/** A table's footer row: its label as the row header over the first columns, then the totals given as children. */
export function TotalRow({ label, colSpan, className, children }: { label: ReactNode; colSpan?: number; className?: string; children: ReactNode }) {
  return (
    <tfoot>
      <tr className={className}>
        <th scope="row" colSpan={colSpan}>
          {label}
        </th>
        {children}
      </tr>
    </tfoot>
  )
}

/** A column heading: its text, or its content with a class (a numeric column's heading sits right); false or nothing for a column not shown. */
export type Column = ReactNode | { label: ReactNode; className: string } | false | null | undefined

/** A numeric column's heading, right-aligned over its figures. */
export const numeric = (label: ReactNode) => ({ label, className: 'numeric' })

const isClassed = (column: Column): column is { label: ReactNode; className: string } => typeof column === 'object' && column !== null && 'label' in column

/** A table's header row: one column header per heading, in order. */
export function ColumnHeads({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns
          .filter((column) => column !== false && column !== null && column !== undefined)
          .map((column, i) =>
            isClassed(column) ? (
              <th scope="col" key={i} className={column.className}>
                {column.label}
              </th>
            ) : (
              <th scope="col" key={i}>
                {column}
              </th>
            ),
          )}
      </tr>
    </thead>
  )
}
