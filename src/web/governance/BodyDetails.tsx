import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import type { Governance, GovernanceBody, Seat } from '../api/types'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { BodyDialog } from './BodyDialog'
import { MandateDialog } from './MandateDialog'
import { bodyNamer, useKindName } from './names'
import type { GovernanceChanges } from './queries'
import { SeatDialog } from './SeatDialog'

type Open = { what: 'body' } | { what: 'mandate' } | { what: 'seat'; seat: Seat | null } | null

/** What one body does and who sits on it; for the coordinator, the ways to change it. */
export function BodyDetails({ body, governance, changes, onDeleted }: { body: GovernanceBody; governance: Governance; changes: GovernanceChanges | null; onDeleted: () => void }) {
  const { t } = useTranslation()
  const kindName = useKindName()
  const name = bodyNamer(governance)
  const [open, setOpen] = useState<Open>(null)
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const kinds = (ids: string[]) => governance.decisionKinds.filter((k) => ids.includes(k.id)).map(kindName)
  const show = (next: Open) => (event: { currentTarget: HTMLElement }) => {
    setOpener(event.currentTarget)
    setOpen(next)
  }
  const term = (seat: Seat) => (seat.termEnd ? `${formatDate(seat.termStart)}–${formatDate(seat.termEnd)}` : t('governance.termOpen', { start: formatDate(seat.termStart) }))
  const decides = kinds(body.decides)
  const prepares = kinds(body.prepares)

  return (
    <section className="card body-details" aria-labelledby="body-heading">
      <p className="page-context">{t('governance.bodyDetails')}</p>
      <h3 id="body-heading">{body.name}</h3>
      <ErrorSummary error={changes?.deleteBody.error ?? changes?.removeSeat.error} />
      {changes?.updateBody.isSuccess && <SuccessMessage>{t('governanceEdit.saved')}</SuccessMessage>}
      <dl className="facts body-facts">
        <div>
          <dt>{t('governance.kind')}</dt>
          <dd>{t(`governance.bodyKinds.${body.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('governance.escalatesToLabel')}</dt>
          <dd>{body.escalatesToBodyId ? name(body.escalatesToBodyId) : t('governance.topOfLadder')}</dd>
        </div>
        <div>
          <dt>{t('governance.meetingCadence')}</dt>
          <dd>{body.meetingCadence || t('governance.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('governance.minutesKeptFrom')}</dt>
          <dd>{body.minutesKeptFrom ? formatDate(body.minutesKeptFrom) : t('governance.minutesNotKept')}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('governance.purpose')}</dt>
          <dd className="fact-text">{body.purpose || t('governance.notGiven')}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('governance.decides')}</dt>
          <dd>{decides.length > 0 ? <ul className="plain-list">{decides.map((k) => <li key={k}>{k}</li>)}</ul> : t('governance.nothing')}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('governance.prepares')}</dt>
          <dd>{prepares.length > 0 ? <ul className="plain-list">{prepares.map((k) => <li key={k}>{k}</li>)}</ul> : t('governance.nothing')}</dd>
        </div>
      </dl>
      {changes && (
        <div className="form-actions body-actions">
          <button type="button" className="button button-secondary button-small" onClick={show({ what: 'body' })}>
            {t('governanceEdit.editBody')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={show({ what: 'mandate' })}>
            {t('governanceEdit.mandate')}
          </button>
          {confirmDelete ? (
            <span className="confirm">
              <span className="confirm-text">{t('governanceEdit.confirmDelete', { name: body.name })}</span>
              <button type="button" className="button button-danger button-small" onClick={() => changes.deleteBody.mutate(body.id, { onSuccess: onDeleted })}>
                {t('governanceEdit.confirmYes')}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="button button-secondary button-small" onClick={() => setConfirmDelete(true)}>
              {t('governanceEdit.deleteBody')}
            </button>
          )}
        </div>
      )}

      <h4 id="seats-heading">{t('governance.seats')}</h4>
      {body.seats.length === 0 ? (
        <p className="empty">{t('governance.noSeats')}</p>
      ) : (
        <Table captionId="seats-caption" caption={t('governance.seatsCaption', { name: body.name })} captionClassName="visually-hidden" className="compact-table">
          <ColumnHeads
            columns={[
              t('governance.person'), t('governance.seatRole'), t('governance.represents'), t('governance.position'), t('governance.term'), t('governance.account'),
              changes && t('members.actions'),
            ]}
          />
          <tbody>
            {body.seats.map((seat) => (
              <tr key={seat.id}>
                <th scope="row">{seat.personName}</th>
                <td>
                  {t(`governance.seatRoles.${seat.seatRole}`)}
                  {seat.substituteOrder !== null && <span className="cell-secondary">{t('governance.substituteOrder', { order: seat.substituteOrder })}</span>}
                </td>
                <td>{seat.memberName ?? t('governance.organisation')}</td>
                <td>{t(`governance.positions.${seat.position ?? 'none'}`)}</td>
                <td className="nowrap">{term(seat)}</td>
                <td>{seat.userName ?? t('governance.noAccount')}</td>
                {changes && (
                  <td className="nowrap">
                    <button type="button" className="button-link" aria-label={t('governanceEdit.editSeatLabel', { name: seat.personName })} onClick={show({ what: 'seat', seat })}>
                      {t('governanceEdit.editSeat')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('governanceEdit.removeSeatLabel', { name: seat.personName })}
                      onClick={() => changes.removeSeat.mutate({ bodyId: body.id, seatId: seat.id })}
                    >
                      {t('governanceEdit.removeSeat')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {changes && (
        <button type="button" className="button button-secondary button-small" onClick={show({ what: 'seat', seat: null })}>
          {t('governanceEdit.addSeat')}
        </button>
      )}

      {changes && open?.what === 'body' && <BodyDialog body={body} governance={governance} changes={changes} returnFocusTo={opener} onClose={() => setOpen(null)} />}
      {changes && open?.what === 'mandate' && <MandateDialog body={body} governance={governance} changes={changes} returnFocusTo={opener} onClose={() => setOpen(null)} />}
      {changes && open?.what === 'seat' && <SeatDialog body={body} seat={open.seat} changes={changes} returnFocusTo={opener} onClose={() => setOpen(null)} />}
    </section>
  )
}
