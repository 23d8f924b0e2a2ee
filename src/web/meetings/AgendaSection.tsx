import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Field } from '../ui/Field'
import { ErrorSummary } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { isOpen, useCandidates, type MeetingChanges } from './queries'
import type { AgendaItem, Meeting } from './types'

/** Föredragningslista: the items in order, moved with buttons, and the cases ready for decision to add. */
export function AgendaSection({ meeting, changes, mayPrepare }: { meeting: Meeting; changes: MeetingChanges; mayPrepare: boolean }) {
  const { t } = useTranslation()
  const editable = mayPrepare && isOpen(meeting)
  const [announcement, setAnnouncement] = useState('')
  const table = useRef<HTMLDivElement>(null)
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position)

  // After a move, the focus goes back to the same button of the moved item (or its other one at the end of the list).
  const [focusAfter, setFocusAfter] = useState<{ label: string; other: string } | null>(null)
  useEffect(() => {
    if (!focusAfter) return
    const buttons = [...(table.current?.querySelectorAll<HTMLButtonElement>('button[aria-label]') ?? [])]
    const byLabel = (label: string) => buttons.find((b) => b.getAttribute('aria-label') === label && !b.disabled)
    ;(byLabel(focusAfter.label) ?? byLabel(focusAfter.other))?.focus()
    setFocusAfter(null)
  }, [focusAfter, meeting])

  const move = (index: number, step: -1 | 1) => {
    const item = items[index]
    if (!item || changes.reorder.isPending) return
    const ids = items.map((i) => i.id).filter((id) => id !== item.id)
    ids.splice(index + step, 0, item.id)
    const up = t('meeting.agenda.moveUp', { title: item.title })
    const down = t('meeting.agenda.moveDown', { title: item.title })
    changes.reorder.mutate(ids, {
      onSuccess: () => {
        setAnnouncement(t('meeting.agenda.moved', { title: item.title, n: index + step + 1 }))
        setFocusAfter(step < 0 ? { label: up, other: down } : { label: down, other: up })
      },
    })
  }
  const remove = (item: AgendaItem) => changes.removeItem.mutate(item.id, { onSuccess: () => setAnnouncement(t('meeting.agenda.removed', { title: item.title })) })

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('meeting.agenda.title')}</h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorSummary error={changes.reorder.error ?? changes.removeItem.error} />
      {items.length === 0 ? (
        <p className="empty">{t('meeting.agenda.empty')}</p>
      ) : (
        <div ref={table}>
          <Table stack captionId="agenda-caption" caption={t('meeting.agenda.caption')} captionClassName="visually-hidden" className="agenda-table">
            <ColumnHeads columns={[numeric(t('meeting.agenda.number')), t('meeting.agenda.item'), t('meeting.agenda.caseNumber'), editable && t('meeting.agenda.actions')]} />
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id}>
                  <td className="numeric">{index + 1}</td>
                  <th scope="row">
                    <ItemTitle item={item} />
                  </th>
                  <td className="nowrap">{item.caseNumber ?? <span className="muted">{t('meeting.agenda.standing')}</span>}</td>
                  {editable && (
                    <td>
                      <div className="button-row table-actions">
                        <button type="button" className="button button-secondary button-small" aria-label={t('meeting.agenda.moveUp', { title: item.title })} disabled={index === 0} onClick={() => move(index, -1)}>
                          <span aria-hidden="true">↑ </span>
                          {t('meeting.agenda.up')}
                        </button>
                        <button type="button" className="button button-secondary button-small" aria-label={t('meeting.agenda.moveDown', { title: item.title })} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                          <span aria-hidden="true">↓ </span>
                          {t('meeting.agenda.down')}
                        </button>
                        <button type="button" className="button-link" aria-label={t('meeting.agenda.remove', { title: item.title })} disabled={changes.removeItem.isPending || item.decision !== null} onClick={() => remove(item)}>
                          {t('meeting.agenda.removeShort')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {mayPrepare && !isOpen(meeting) && <p className="field-hint">{t('meeting.agenda.locked')}</p>}
      {editable && (
        <div className="agenda-add">
          <Candidates meeting={meeting} changes={changes} onAdded={(title) => setAnnouncement(t('meeting.agenda.added', { title }))} />
          <StandingItemForm changes={changes} onAdded={(title) => setAnnouncement(t('meeting.agenda.added', { title }))} />
        </div>
      )}
    </section>
  )
}

/** An item's title, linked to its case; a withheld (confidential) item shows only its ground. */
export function ItemTitle({ item }: { item: AgendaItem }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <>
      {item.caseId && !item.withheld ? <Link to={`/collaborations/${collaboration.id}/cases/${item.caseId}`}>{item.title}</Link> : item.title}
      {item.confidential && <span className="cell-secondary">{t('meeting.agenda.confidential', { ground: item.confidentialityGround })}</span>}
    </>
  )
}

function Candidates({ meeting, changes, onAdded }: { meeting: Meeting; changes: MeetingChanges; onAdded: (title: string) => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const candidates = useCandidates(collaboration.id, meeting.id, true)
  const onAgenda = new Set(meeting.agenda.map((item) => item.caseId))
  const list = (candidates.data ?? []).filter((c) => !onAgenda.has(c.id))
  return (
    <div className="agenda-candidates">
      <h3>{t('meeting.agenda.candidatesTitle')}</h3>
      <p className="field-hint">{t('meeting.agenda.candidatesIntro', { body: meeting.bodyName })}</p>
      <ErrorSummary error={candidates.error ?? changes.addItem.error} />
      {candidates.isSuccess && list.length === 0 && <p className="empty">{t('meeting.agenda.candidatesEmpty')}</p>}
      <ul className="plain-list candidate-list">
        {list.map((c) => (
          <li key={c.id}>
            <span>
              <span className="code muted">{c.number}</span> {c.title}
            </span>
            <button type="button" className="button button-secondary button-small" aria-label={t('meeting.agenda.addNamed', { number: c.number, title: c.title })} disabled={changes.addItem.isPending} onClick={() => changes.addItem.mutate({ caseId: c.id, title: '' }, { onSuccess: () => onAdded(c.title) })}>
              {t('meeting.agenda.add')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function StandingItemForm({ changes, onAdded }: { changes: MeetingChanges; onAdded: (title: string) => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (title.trim().length === 0) return
    changes.addItem.mutate({ caseId: null, title }, { onSuccess: () => { onAdded(title); setTitle('') } })
  }
  return (
    <form className="agenda-standing" onSubmit={submit} noValidate>
      <h3>{t('meeting.agenda.standingTitle')}</h3>
      <div className="inline-form">
        <Field id="standing-title" label={t('meeting.agenda.standingLabel')} hint={t('meeting.agenda.standingHint')}>
          {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-secondary" disabled={changes.addItem.isPending}>
          {t('meeting.agenda.addStanding')}
        </button>
      </div>
    </form>
  )
}
