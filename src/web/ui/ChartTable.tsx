import type { ReactNode } from 'react'

/**
 * A chart's figures as a table that screen readers read instead of the picture: one row per bar or
 * point, its name first. Every chart in Samverka carries one.
 */
export function ChartTable<Row>(props: { caption: string; headings: string[]; rows: Row[]; rowKey: (row: Row) => string | number; cells: (row: Row) => ReactNode[] }) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const [first, ...rest] = props.cells(row)
            return (
              <tr key={props.rowKey(row)}>
                <th scope="row">{first}</th>
                {rest.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
