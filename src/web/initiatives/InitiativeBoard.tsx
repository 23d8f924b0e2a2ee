import { useEffect, useRef, useState } from 'react'
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
  const { scroller, more, showMore } = useMoreToTheRight()
  return (
    <div className={more ? 'board-frame board-frame-more' : 'board-frame'}>
      <div className="board-heading-row">
        <h2 id="board-heading" className="visually-hidden">
          {label}
        </h2>
        {more && (
          <button type="button" className="button-link board-more" aria-describedby="board-more-hint" onClick={showMore}>
            {t('screens.morePhases')}
          </button>
        )}
        <span id="board-more-hint" className="visually-hidden">
          {t('screens.morePhasesHint')}
        </span>
      </div>
      {/* Many phases scroll sideways, with a shade and "Fler faser" while some are out of view; the region is focusable so the keyboard can scroll it too. */}
      <div ref={scroller} className="board-scroll" role="region" aria-labelledby="board-heading" aria-describedby={more ? 'board-more-hint' : undefined} tabIndex={0}>
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

/** Whether the scroll container has columns out of view to its right, kept up to date as it scrolls or changes size. */
function useMoreToTheRight() {
  const scroller = useRef<HTMLDivElement>(null)
  const [more, setMore] = useState(false)
  useEffect(() => {
    const element = scroller.current
    if (!element) return
    const update = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 2)
    update()
    const observer = new ResizeObserver(update)
    observer.observe(element)
    element.addEventListener('scroll', update, { passive: true })
    return () => {
      observer.disconnect()
      element.removeEventListener('scroll', update)
    }
  }, [])
  const showMore = () => scroller.current?.scrollBy({ left: scroller.current.clientWidth * 0.8, behavior: 'smooth' })
  return { scroller, more, showMore }
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
