import { useLayoutEffect, useRef, type ReactNode } from 'react'

/**
 * A table with its caption. A wide table scrolls sideways on small screens with its first (key) column kept in view; the
 * region, named by the caption, is focusable so keyboard users can scroll it too. A table of text (`stack`) instead
 * becomes one block per row on a narrow screen, each cell labelled with its column's heading. The children are the thead and tbody.
 */
export function Table({ captionId, caption, captionClassName, className, stack, children }: { captionId: string; caption: ReactNode; captionClassName?: string; className?: string; stack?: boolean; children: ReactNode }) {
  const table = useRef<HTMLTableElement>(null)
  useLayoutEffect(() => {
    const element = table.current
    if (!stack || !element) return
    labelCells(element)
    // Rows come and go as the page loads more or changes one; their cells are labelled as they arrive.
    const observer = new MutationObserver(() => labelCells(element))
    observer.observe(element, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [stack])
  return (
    <div className={stack ? 'table-scroll table-stack' : 'table-scroll'} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table ref={table} className={className}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}

/** Gives each body and footer cell after the first its column's heading as data-label, which styles.css shows on a narrow screen. */
function labelCells(table: HTMLTableElement) {
  const labels: string[] = []
  for (const head of table.tHead?.rows[table.tHead.rows.length - 1]?.cells ?? []) {
    for (let i = 0; i < head.colSpan; i++) labels.push(head.textContent?.trim() ?? '')
  }
  for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr, :scope > tfoot > tr')) {
    let column = 0
    for (const cell of row.cells) {
      const label = column > 0 && cell.colSpan === 1 ? labels[column] : undefined
      if (label && cell.dataset.label !== label) cell.dataset.label = label
      else if (!label && cell.dataset.label !== undefined) delete cell.dataset.label
      column += cell.colSpan
    }
  }
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
