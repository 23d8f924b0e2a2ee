import { useState, type ComponentProps, type ReactNode } from 'react'
import { BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'

/**
 * A chart as a card: its title and note as the caption, the picture hidden from screen readers, and the
 * figures as a table (ChartTable) that they read instead.
 */
export function ChartFigure(props: { className: string; titleId: string; title: string; note: string; heading?: 'h2' | 'h3'; height: number; table: ReactNode; children: ReactNode }) {
  const Heading = props.heading ?? 'h2'
  return (
    <figure className={props.className} aria-labelledby={props.titleId}>
      <figcaption>
        <Heading id={props.titleId}>{props.title}</Heading>
        <p className="field-hint">{props.note}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: props.height }}>
        {props.children}
      </div>
      {props.table}
    </figure>
  )
}

/** Bars laid along the width with their names beside them, the names given less room on a narrow screen. */
export function HorizontalBars(props: { rows: object[]; maxLabelWidth: number; marginRight: number; domain: ComponentProps<typeof XAxis>['domain']; children: ReactNode }) {
  const [width, setWidth] = useState(800)
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(w: number) => setWidth(w)}>
      <BarChart data={props.rows} layout="vertical" margin={{ top: 0, right: props.marginRight, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <XAxis type="number" hide domain={props.domain} />
        <YAxis type="category" dataKey="name" width={Math.min(props.maxLabelWidth, Math.round(width * 0.4))} stroke="#4f5b6a" fontSize={13} tickLine={false} interval={0} />
        {props.children}
      </BarChart>
    </ResponsiveContainer>
  )
}
