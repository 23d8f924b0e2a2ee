import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { minutesPdfUrl } from '../meetings/queries'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { Pager, PageCount } from '../ui/Pager'
import { useDecisionRegister, type DecisionRegister as Register, type RegisterDecision } from './queries'

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
  return (
    <>
      {register.total === 0 ? (
        <p className="card-inset register-count" aria-live="polite">
          {t('decisionRegister.empty')}
        </p>
      ) : (
        <PageCount info={register} shown={register.items.length} className="card-inset register-count" />
      )}
      {register.items.length > 0 && (
        <Table captionId="public-decisions-caption" caption={t('decisionRegister.caption')} captionClassName="visually-hidden" className="decision-register">
          <ColumnHeads
            columns={[
              t('decisionRegister.paragraph'), t('decisionRegister.decidedOn'), t('decisionRegister.decider'), t('decisionRegister.matter'),
              t('decisionRegister.outcome'), t('decisionRegister.initiative'), t('decisionRegister.source'),
            ]}
          />
          <tbody>
            {register.items.map((d) => (
              <Row key={d.id} collaborationId={collaborationId} decision={d} />
            ))}
          </tbody>
        </Table>
      )}
      <div className="card-inset">
        <Pager info={register} onPage={onPage} label={t('decisionRegister.pages')} />
      </div>
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
