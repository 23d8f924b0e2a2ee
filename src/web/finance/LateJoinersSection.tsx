import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useLocalName } from '../initiative/names'
import { useInitiative } from '../initiative/queries'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { useLateJoiners } from './queries'
import type { LateJoiner } from './types'

/** Sena anslutningar: each late joiner's buy-in, the earlier costs it covers and the credits to those that paid them. */
export function LateJoinersSection() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const joiners = useLateJoiners(collaboration.id)
  return (
    <section className="card table-card" aria-labelledby="late-joiners-heading" id="late-joiners">
      <h2 id="late-joiners-heading" className="card-heading">
        {t('finance.lateJoiners.title')}
      </h2>
      <p className="finance-card-text">{t('finance.lateJoiners.intro')}</p>
      <QueryView query={joiners}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty card-text">{t('finance.lateJoiners.none')}</p>
          ) : (
            list.map((joiner) => <Joiner key={`${joiner.initiativeId}/${joiner.memberId}`} joiner={joiner} />)
          )
        }
      </QueryView>
    </section>
  )
}

function Joiner({ joiner }: { joiner: LateJoiner }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const year = Number(joiner.joinedOn.slice(0, 4))
  const basis = (memberId: string) => `/collaborations/${collaboration.id}/finance/invoice-basis/${memberId}?year=${year}`
  const id = `joiner-${joiner.initiativeId}-${joiner.memberId}`
  const names = { member: joiner.memberName, initiative: joiner.initiativeTitle }
  const sharesTotal = joiner.lines.reduce((sum, line) => sum + line.joinerShareOre, 0)
  const paidTotal = joiner.credits.reduce((sum, credit) => sum + credit.paidOre, 0)
  const creditTotal = joiner.credits.reduce((sum, credit) => sum + credit.creditOre, 0)
  return (
    <article className="finance-joiner" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <Link to={basis(joiner.memberId)}>{joiner.memberName}</Link> {t('finance.lateJoiners.in')}{' '}
        <Link to={`/collaborations/${collaboration.id}/initiatives/${joiner.initiativeId}`}>{joiner.initiativeTitle}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('finance.lateJoiners.joinedOn')}</dt>
          <dd>{formatDate(joiner.joinedOn)}</dd>
        </div>
        <div>
          <dt>{t('finance.lateJoiners.joinedAtGate')}</dt>
          <dd>{joiner.joinedAtPhase ? <GateName initiativeId={joiner.initiativeId} phaseKey={joiner.joinedAtPhase} /> : '–'}</dd>
        </div>
        <div>
          <dt>{t('finance.lateJoiners.buyIn')}</dt>
          <dd className="figure">{formatOre(joiner.buyInOre)}</dd>
        </div>
      </dl>
      <div className="finance-joiner-tables">
        <Table captionId={`${id}-lines`} caption={t('finance.lateJoiners.linesCaption', names)} captionClassName="finance-subcaption" className="finance-table compact-table">
          <ColumnHeads
            columns={[
              t('finance.lateJoiners.year'), t('finance.lateJoiners.description'), numeric(t('finance.lateJoiners.lineTotal')),
              numeric(t('finance.lateJoiners.joinerShare', { member: joiner.memberName })),
            ]}
          />
          <tbody>
            {joiner.lines.map((line, i) => (
              <tr key={i}>
                <td>{line.year}</td>
                <th scope="row" className="cell-wrap">
                  {line.description}
                </th>
                <td className="numeric">{formatOre(line.lineTotalOre)}</td>
                <td className="numeric">{formatOre(line.joinerShareOre)}</td>
              </tr>
            ))}
          </tbody>
          <TotalRow label={t('finance.lateJoiners.buyInTotal')} colSpan={3}>
            <td className="numeric">{formatOre(sharesTotal)}</td>
          </TotalRow>
        </Table>
        <Table captionId={`${id}-credits`} caption={t('finance.lateJoiners.creditsCaption', names)} captionClassName="finance-subcaption" className="finance-table compact-table finance-credits">
          <ColumnHeads columns={[t('finance.lateJoiners.member'), numeric(t('finance.lateJoiners.paid')), numeric(t('finance.lateJoiners.credit'))]} />
          <tbody>
            {joiner.credits.map((credit) => (
              <tr key={credit.memberId}>
                <th scope="row">
                  <Link to={basis(credit.memberId)}>{credit.memberName}</Link>
                </th>
                <td className="numeric">{formatOre(credit.paidOre)}</td>
                <td className="numeric">{formatOre(credit.creditOre)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('finance.lateJoiners.sum')}</th>
              <td className="numeric">{formatOre(paidTotal)}</td>
              <td className="numeric">{formatOre(creditTotal)}</td>
            </tr>
          </tfoot>
        </Table>
      </div>
      <p className="field-hint">{t('finance.lateJoiners.basisHint', { member: joiner.memberName, year })}</p>
    </article>
  )
}

/** The gate the member joined at, named in the initiative's own process model (the API gives the key of the phase it ends). */
function GateName({ initiativeId, phaseKey }: { initiativeId: string; phaseKey: string }) {
  const { collaboration } = useCurrentCollaboration()
  const initiative = useInitiative(collaboration.id, initiativeId)
  const localName = useLocalName()
  const phase = initiative.data?.process.phases.find((p) => p.key === phaseKey)
  return <>{phase?.gate ? localName(phase.gate) : phase ? localName(phase) : phaseKey}</>
}
