import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { minutesPdfUrl } from '../meetings/queries'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { Table } from '../ui/Table'
import { REGISTER_PAGE_SIZE, useDecisionRegister, type DecisionRegister as Register, type RegisterDecision } from './queries'

/**
 * The decision register: every § of posted minutes, numbered as in the minutes, and every decision recorded
 * from outside Samverka, newest first; a year at a time if asked, 50 to a page.
 */
export function DecisionRegister({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation()
  const [year, setYear] = useState<number | null>(null)
  const [page, setPage] = useState(1)
  const register = useDecisionRegister(collaborationId, { year, page })
  return (
    <QueryView query={register}>
      {(data) => (
        <>
          <div className="card-inset register-filter">
            <SelectField
              id="register-year"
              label={t('decisionRegister.year')}
              value={year === null ? '' : String(year)}
              onChange={(value) => {
                setYear(value ? Number(value) : null)
                setPage(1)
              }}
              empty={t('decisionRegister.allYears')}
              options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
            />
          </div>
          <Entries collaborationId={collaborationId} register={data} onPage={setPage} />
        </>
      )}
    </QueryView>
  )
}

function Entries({ collaborationId, register, onPage }: { collaborationId: string; register: Register; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const first = (register.page - 1) * register.pageSize + 1
  const last = first + register.items.length - 1
  const pages = Math.max(1, Math.ceil(register.total / REGISTER_PAGE_SIZE))
  return (
    <>
      <p className="card-inset register-count" aria-live="polite">
        {register.total === 0 ? t('decisionRegister.empty') : t('decisionRegister.showing', { first, last, total: register.total })}
      </p>
      {register.items.length > 0 && (
        <Table captionId="public-decisions-caption" caption={t('decisionRegister.caption')} captionClassName="visually-hidden" className="decision-register">
          <thead>
            <tr>
              <th scope="col">{t('decisionRegister.paragraph')}</th>
              <th scope="col">{t('decisionRegister.decidedOn')}</th>
              <th scope="col">{t('decisionRegister.decider')}</th>
              <th scope="col">{t('decisionRegister.matter')}</th>
              <th scope="col">{t('decisionRegister.outcome')}</th>
              <th scope="col">{t('decisionRegister.initiative')}</th>
              <th scope="col">{t('decisionRegister.source')}</th>
            </tr>
          </thead>
          <tbody>
            {register.items.map((d) => (
              <Row key={d.id} collaborationId={collaborationId} decision={d} />
            ))}
          </tbody>
        </Table>
      )}
      {pages > 1 && (
        <nav className="card-inset register-pager" aria-label={t('decisionRegister.pages')}>
          <button type="button" className="button button-secondary button-small" disabled={register.page <= 1} onClick={() => onPage(register.page - 1)}>
            {t('decisionRegister.previous')}
          </button>
          <span>{t('decisionRegister.pageOf', { page: register.page, pages })}</span>
          <button type="button" className="button button-secondary button-small" disabled={register.page >= pages} onClick={() => onPage(register.page + 1)}>
            {t('decisionRegister.next')}
          </button>
        </nav>
      )}
    </>
  )
}

function Row({ collaborationId, decision: d }: { collaborationId: string; decision: RegisterDecision }) {
  const { t } = useTranslation()
  const fromMinutes = d.source === 'minutes'
  return (
    <tr>
      <td className={fromMinutes ? 'nowrap' : 'register-reference'}>
        {fromMinutes ? (
          `§ ${d.paragraph ?? ''}`
        ) : (
          <>
            <span className="badge">{t('decisionRegister.external')}</span>
            <span className="cell-secondary">{d.reference}</span>
          </>
        )}
      </td>
      <td className="nowrap">{formatDate(d.decidedOn)}</td>
      <td>{d.deciderName}</td>
      <th scope="row" className="register-matter">
        {d.withheld ? t('decisionRegister.withheld', { ground: d.confidentialityGround }) : d.title}
        {d.caseNumber && <span className="cell-secondary">{t('decisionRegister.caseNumber', { number: d.caseNumber })}</span>}
        {d.confidential && !d.withheld && <span className="cell-secondary">{t('decisionRegister.withheld', { ground: d.confidentialityGround })}</span>}
      </th>
      <td>
        <span className={`badge outcome-${d.outcome}`}>{t(`outcome.${d.outcome}`)}</span>
      </td>
      <td className="register-initiative">{d.initiativeTitle ?? '–'}</td>
      <td className="register-source">
        {fromMinutes && d.meetingId ? (
          <a href={minutesPdfUrl(collaborationId, d.meetingId)}>{t('decisionRegister.minutesLink', { body: d.deciderName, date: formatDate(d.decidedOn) })}</a>
        ) : (
          <span className="cell-secondary">{d.recordedBy ? t('decisionRegister.recordedBy', { name: d.recordedBy }) : '–'}</span>
        )}
      </td>
    </tr>
  )
}
