import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { assignSubstitutes } from '../../modules/meetings/attendance'
import { formatNumber } from '../../shared/format'
import { Field } from '../ui/Field'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { isOpen, type MeetingChanges } from './queries'
import type { AttendanceInput, Meeting } from './types'

type Row = AttendanceInput & { key: string; memberName: string | null; servingFor: string | null; substituteOrder: number | null }

const ROLE_ORDER = { ledamot: 0, ersattare: 1, official: 2 }

/** Ledamöter first, then ersättare, then officials; in the server's order within each. */
const rowsOf = (meeting: Meeting): Row[] =>
  [...meeting.attendance].sort((a, b) => ROLE_ORDER[a.seatRole] - ROLE_ORDER[b.seatRole]).map((a) => ({ key: a.id, personName: a.personName, memberId: a.memberId, memberName: a.memberName, seatRole: a.seatRole, position: a.position, servingFor: a.servingFor, present: a.present, substituteOrder: a.substituteOrder }))

/** Närvaro: who is present; a present ersättare serves for an absent ledamot; officials can be added. Saved together. */
export function AttendanceSection({ meeting, changes, mayPrepare }: { meeting: Meeting; changes: MeetingChanges; mayPrepare: boolean }) {
  const { t } = useTranslation()
  const editable = mayPrepare && isOpen(meeting)
  const [rows, setRows] = useState<Row[]>(() => rowsOf(meeting))
  const [dirty, setDirty] = useState(false)
  // Take the server's attendance when it changes (after saving, say), unless the user is editing.
  const sourceText = JSON.stringify(meeting.attendance)
  const [source, setSource] = useState(sourceText)
  if (source !== sourceText && !dirty) {
    setSource(sourceText)
    setRows(rowsOf(meeting))
  }
  const [saved, setSaved] = useState(false)
  const [official, setOfficial] = useState('')
  // An ersättare present serves for an absent ledamot of the same member, in the body's order (as the server records it).
  const serving = new Map(assignSubstitutes(rows).map((row) => [row.key, row.servingFor]))
  const present = rows.filter((r) => r.present).length

  const change = (key: string, patch: Partial<Row>) => {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)))
    setDirty(true)
    setSaved(false)
  }
  const addOfficial = (event: FormEvent) => {
    event.preventDefault()
    const name = official.trim()
    if (name.length < 2) return
    setRows((all) => [...all, { key: `new-${all.length}-${name}`, personName: name, memberId: null, memberName: null, seatRole: 'official', position: null, servingFor: null, present: true, substituteOrder: null }])
    setOfficial('')
    setDirty(true)
  }
  const save = () => {
    // A ledamot who is present no longer needs anyone serving for them.
    const body = rows.map(({ key: _key, memberName: _member, substituteOrder: _order, ...row }) => ({ ...row, servingFor: row.seatRole === 'official' ? row.servingFor : (serving.get(_key) ?? null) }))
    changes.attendance.mutate(body, { onSuccess: () => { setDirty(false); setSaved(true) } })
  }

  return (
    <section className="card" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('meeting.attendance.title')}</h2>
      {editable && <p className="section-lead">{t('meeting.attendance.intro')}</p>}
      {saved && <SuccessMessage>{t('meeting.attendance.saved')}</SuccessMessage>}
      <ErrorSummary error={changes.attendance.error} />
      {rows.length === 0 ? (
        <p className="empty">{t('meeting.attendance.empty')}</p>
      ) : (
        <>
          <p className="summary-line">{t('meeting.attendance.presentCount', { present: formatNumber(present), total: formatNumber(rows.length) })}</p>
          <Table stack captionId="attendance-caption" caption={t('meeting.attendance.caption')} captionClassName="visually-hidden" className="attendance-table">
            <ColumnHeads columns={[t('meeting.attendance.name'), t('meeting.attendance.role'), t('meeting.attendance.member'), t('meeting.attendance.present'), t('meeting.attendance.servingFor')]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.present ? undefined : 'row-muted'}>
                  <th scope="row">
                    {row.personName}
                    {row.position && <span className="cell-secondary">{t(`meeting.attendance.positions.${row.position}`)}</span>}
                  </th>
                  <td>{t(`meeting.attendance.roles.${row.seatRole}`)}</td>
                  <td>{row.memberName ?? '–'}</td>
                  <td>
                    {editable ? (
                      <label className="checkbox">
                        <input type="checkbox" checked={row.present} onChange={(e) => change(row.key, { present: e.target.checked })} />
                        <span className="visually-hidden">{t('meeting.attendance.presentNamed', { name: row.personName })}</span>
                        <span aria-hidden="true">{row.present ? t('common.yes') : t('common.no')}</span>
                      </label>
                    ) : row.present ? (
                      t('common.yes')
                    ) : (
                      t('common.no')
                    )}
                  </td>
                  <td>
                    {row.seatRole === 'official' ? '' : (serving.get(row.key) ?? '')}
                    {editable && row.seatRole === 'official' && (
                      <button type="button" className="button-link" onClick={() => { setRows((all) => all.filter((r) => r.key !== row.key)); setDirty(true) }}>
                        {t('meeting.attendance.removeOfficial', { name: row.personName })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      {editable && (
        <>
          <form className="inline-form attendance-official" onSubmit={addOfficial} noValidate>
            <Field id="official-name" label={t('meeting.attendance.officialName')} hint={t('meeting.attendance.officialHint')}>
              {(props) => <input {...props} autoComplete="name" value={official} onChange={(e) => setOfficial(e.target.value)} />}
            </Field>
            <button type="submit" className="button button-secondary">
              {t('meeting.attendance.addOfficial')}
            </button>
          </form>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={changes.attendance.isPending} onClick={save}>
              {changes.attendance.isPending ? t('meeting.attendance.saving') : t('meeting.attendance.save')}
            </button>
            {dirty && <span className="field-hint">{t('meeting.attendance.unsaved')}</span>}
          </div>
        </>
      )}
    </section>
  )
}
