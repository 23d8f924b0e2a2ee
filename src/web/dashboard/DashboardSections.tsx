import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Bar, LabelList } from 'recharts'
import { formatDate, formatNumber, formatOre } from '../../shared/format'
import { stockholmTime } from '../calendar/stockholm-time'
import { ChartFigure, HorizontalBars } from '../ui/ChartFigure'
import { ChartTable } from '../ui/ChartTable'
import type { Dashboard } from './queries'

const base = (collaborationId: string) => `/collaborations/${collaborationId}`

/** "Senast 2026-12-15": the words may wrap, the date never breaks. */
export function Dated({ label, date }: { label: string; date: string }) {
  return (
    <>
      {label} <span className="dashboard-date">{formatDate(date)}</span>
    </>
  )
}

/** The next five meetings: day and time, body, place, each a link to its meeting page. */
export function NextMeetings({ collaborationId, meetings }: { collaborationId: string; meetings: Dashboard['meetings'] }) {
  const { t } = useTranslation()
  return (
    <section className="card dashboard-card" aria-labelledby="dashboard-meetings-heading">
      <h2 id="dashboard-meetings-heading">{t('dashboard.meetingsTitle')}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{t('dashboard.meetingsEmpty')}</p>
      ) : (
        <ul className="dashboard-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`${base(collaborationId)}/meetings/${m.id}`}>{m.bodyName}</Link>
              <span className="dashboard-when">
                <span className="dashboard-date">{formatDate(m.date)}</span> {t('dashboard.meetingAt')} <span className="dashboard-date">{stockholmTime(m.startsAt)}</span>
              </span>
              {m.place && <span className="cell-secondary">{m.place}</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`${base(collaborationId)}/calendar`}>{t('dashboard.meetingsAll')}</Link>
      </p>
    </section>
  )
}

/** Running initiatives per phase as bars (with the figures as a table), and the gates whose decision has a last day. */
export function InitiativesAtAGlance({ collaborationId, initiatives }: { collaborationId: string; initiatives: Dashboard['initiatives'] }) {
  const { t } = useTranslation()
  return (
    <section className="card dashboard-card dashboard-wide" aria-labelledby="dashboard-initiatives-heading">
      <h2 id="dashboard-initiatives-heading">{t('dashboard.initiativesTitle')}</h2>
      {initiatives.running === 0 ? (
        <p className="empty">{t('dashboard.initiativesEmpty')}</p>
      ) : (
        <>
          <p className="field-hint">{t('dashboard.running', { count: initiatives.running, formatted: formatNumber(initiatives.running) })}</p>
          {initiatives.processes.map((process, i) => {
            const rows = process.phases.map((phase) => ({ name: phase.name, count: phase.count, key: phase.key }))
            return (
              <ChartFigure
                key={process.lineageId}
                className="dashboard-chart"
                heading="h3"
                titleId={`dashboard-phases-${i}`}
                title={process.name}
                note={t('dashboard.initiativesNote')}
                height={rows.length * 28 + 10}
                table={<ChartTable caption={t('dashboard.initiativesCaption', { process: process.name })} headings={[t('dashboard.phase'), t('dashboard.count')]} rows={rows} rowKey={(row) => row.key} cells={(row) => [row.name, formatNumber(row.count)]} />}
              >
                <HorizontalBars rows={rows} maxLabelWidth={200} marginRight={32} domain={[0, 'dataMax']}>
                  <Bar dataKey="count" fill="#1d5c8c" radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={18}>
                    <LabelList dataKey="count" position="right" fill="#1b2430" fontSize={12} />
                  </Bar>
                </HorizontalBars>
              </ChartFigure>
            )
          })}
        </>
      )}
      <h3 id="dashboard-gates-heading">{t('dashboard.gatesTitle')}</h3>
      <p className="field-hint">{t('dashboard.gatesIntro')}</p>
      {initiatives.atGates.length === 0 ? (
        <p className="empty">{t('dashboard.gatesEmpty')}</p>
      ) : (
        <ul className="dashboard-list" aria-labelledby="dashboard-gates-heading">
          {initiatives.atGates.map((gate) => (
            <li key={gate.initiativeId}>
              <Link to={`${base(collaborationId)}/initiatives/${gate.initiativeId}`}>{gate.title}</Link>
              <span className="dashboard-when">
                {gate.gateName} – <Dated label={t('dashboard.gateDue')} date={gate.dueOn} />
              </span>
            </li>
          ))}
          {initiatives.atGatesTotal > initiatives.atGates.length && <li>{t('dashboard.gatesMore', { count: initiatives.atGatesTotal - initiatives.atGates.length })}</li>}
        </ul>
      )}
      <p>
        <Link to={`${base(collaborationId)}/initiatives`}>{t('dashboard.portfolio')}</Link>
      </p>
    </section>
  )
}

/** The stage each started planning round is in, and its last day. */
export function OpenPlanningStages({ collaborationId, rounds }: { collaborationId: string; rounds: Dashboard['planning'] }) {
  const { t } = useTranslation()
  return (
    <section className="card dashboard-card" aria-labelledby="dashboard-planning-heading">
      <h2 id="dashboard-planning-heading">{t('dashboard.planningTitle')}</h2>
      {rounds.length === 0 ? (
        <p className="empty">{t('dashboard.planningEmpty')}</p>
      ) : (
        <ul className="dashboard-list">
          {rounds.map((round) => (
            <li key={round.roundId}>
              <Link to={`${base(collaborationId)}/planning/${round.roundId}`}>{round.title}</Link>
              <span>{t('dashboard.planningStage', { stage: t(`planningStage.${round.stage}`) })}</span>
              <span className="dashboard-when">{round.lastDay ? <Dated label={t('dashboard.planningLastDay')} date={round.lastDay} /> : t('dashboard.planningOpenEnded')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** What the reader's own member pays this year, with a link to its invoice basis. */
export function MyMemberAmount({ collaborationId, members }: { collaborationId: string; members: Dashboard['myMembers'] }) {
  const { t } = useTranslation()
  if (members.length === 0) return null
  return (
    <section className="card dashboard-card" aria-labelledby="dashboard-money-heading">
      <h2 id="dashboard-money-heading">{t('dashboard.moneyTitle')}</h2>
      {members.map((m) => (
        <div key={m.memberId} className="dashboard-money">
          <p>{t('dashboard.moneyIntro', { member: m.name, year: m.year })}</p>
          {m.totalOre === null ? <p>{t('dashboard.moneyNotComputed')}</p> : <p className="dashboard-figure">{formatOre(m.totalOre)}</p>}
          <p>
            <Link to={`${base(collaborationId)}/finance/invoice-basis/${m.memberId}?year=${m.year}`}>{t('dashboard.moneyLink', { member: m.name, year: m.year })}</Link>
          </p>
        </div>
      ))}
    </section>
  )
}
