import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { Pager, PageCount } from '../ui/Pager'
import { ColumnHeads, Table } from '../ui/Table'
import { minutesPdfUrl } from './queries'
import type { MinutesList, PublishedMinutes } from './types'

/** Published minutes with the appeal period: used in the minutes register and on the public page. */
export function MinutesTable({ collaborationId, minutes, captionId, caption }: { collaborationId: string; minutes: PublishedMinutes[]; captionId: string; caption: string }) {
  const { t } = useTranslation()
  return (
    <Table stack captionId={captionId} caption={caption} captionClassName="visually-hidden">
      <ColumnHeads columns={[t('minutes.body'), t('minutes.meetingDate'), t('minutes.paragraphs'), t('minutes.publishedOn'), t('minutes.appealEndsOn'), t('minutes.appeal'), t('minutes.pdf')]} />
      <tbody>
        {minutes.map((m) => (
          <tr key={m.meetingId}>
            <th scope="row">{m.bodyName}</th>
            <td className="nowrap">{formatDate(m.meetingDate)}</td>
            <td className="nowrap">{m.paragraphs ?? '–'}</td>
            <td className="nowrap">{formatDate(m.publishedOn)}</td>
            <td className="nowrap">{formatDate(m.appealEndsOn)}</td>
            <td>
              <span className={m.appealState === 'running' ? 'badge appeal-open' : 'badge appeal-closed'}>{t(`minutes.appealStates.${m.appealState}`)}</span>
            </td>
            <td>
              <a href={minutesPdfUrl(collaborationId, m.meetingId)}>{t('minutes.pdfNamed', { body: m.bodyName, date: formatDate(m.meetingDate) })}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** A page of the register of minutes: where it sits in the whole, the table, and the way to the other pages. */
export function MinutesPages({ collaborationId, minutes, onPage, captionId, caption }: { collaborationId: string; minutes: MinutesList; onPage: (page: number) => void; captionId: string; caption: string }) {
  const { t } = useTranslation()
  if (minutes.total === 0) return <p className="empty">{t('minutes.empty')}</p>
  return (
    <>
      <PageCount info={minutes} shown={minutes.items.length} className="card-inset pager-count" />
      <MinutesTable collaborationId={collaborationId} minutes={minutes.items} captionId={captionId} caption={caption} />
      <div className="card-inset">
        <Pager info={minutes} onPage={onPage} label={t('minutes.pages')} />
      </div>
    </>
  )
}
