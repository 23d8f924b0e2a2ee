import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { InitiativeSummary, ProcessFunnel } from '../api/types'
import { StatusBadge } from './StatusBadge'

/**
 * One column per phase of the process model, headed by how many initiatives matching the filters are in it
 * (from the server, over every page), with a card for each initiative of the page shown that is in it.
 */
export function InitiativeBoard({ process, initiatives }: { process: ProcessFunnel; initiatives: InitiativeSummary[] }) {
  const { t } = useTranslation()
  const label = t('portfolio.boardLabel', { process: process.name })
  return (
    <div>
      <h2 id="board-heading" className="visually-hidden">
        {label}
      </h2>
      {/* Many phases scroll sideways; the region is focusable so the keyboard can scroll it too. */}
      <div className="board-scroll" role="region" aria-labelledby="board-heading" tabIndex={0}>
        <div className="board" style={{ gridTemplateColumns: `repeat(${process.phases.length}, minmax(15rem, 1fr))` }}>
          {process.phases.map((phase, index) => {
            const cards = initiatives.filter((initiative) => initiative.processLineageId === process.lineageId && initiative.phaseKey === phase.key)
            const headingId = `board-phase-${phase.key}`
            return (
              <section key={phase.key} className="board-column" aria-labelledby={headingId}>
                <h3 id={headingId} className="board-column-heading">
                  <span className="board-phase-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span>{phase.name}</span>
                  <span className="board-count">{t('portfolio.columnCount', { count: phase.inPhase })}</span>
                </h3>
                {cards.length === 0 ? (
                  <p className="board-empty">{phase.inPhase > 0 ? t('portfolio.columnNotOnPage') : t('portfolio.columnEmpty')}</p>
                ) : (
                  <ul className="board-cards">
                    {cards.map((initiative) => (
                      <BoardCard key={initiative.id} initiative={initiative} />
                    ))}
                  </ul>
                )}
              </section>
            )
          })}
        </div>
      </div>
    </div>
  )
}

function BoardCard({ initiative }: { initiative: InitiativeSummary }) {
  const { t } = useTranslation()
  const running = initiative.status === 'active' || initiative.status === 'paused'
  return (
    <li className={`board-card board-card-${initiative.status}`}>
      <Link className="board-card-title" to={initiative.id}>
        {initiative.title}
      </Link>
      {initiative.proposingMember && <span className="cell-secondary">{initiative.proposingMember.name}</span>}
      <p className="board-card-facts">
        <StatusBadge status={initiative.status} />
        <span>{t('portfolio.participants', { count: initiative.participantCount })}</span>
        {running && initiative.gateName && (
          <span className={initiative.gateUnmet > 0 ? 'gate-unmet' : 'gate-ready'}>{initiative.gateUnmet > 0 ? t('portfolio.gateUnmet', { count: initiative.gateUnmet }) : t('portfolio.gateReady')}</span>
        )}
      </p>
    </li>
  )
}
