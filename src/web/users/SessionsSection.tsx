import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { formatDateTime } from '../../shared/format'
import { ColumnHeads, Table } from '../ui/Table'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { useEndAllSessions, useEndSession, useMySessions, type MySession } from './queries'

/** Inloggningar: where the person is signed in, with a way to end one session or all of them. */
export function SessionsSection() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const sessions = useMySessions()
  const endOne = useEndSession()
  const endAll = useEndAllSessions()
  const [ended, setEnded] = useState('')

  const end = (session: MySession) => {
    setEnded('')
    endOne.mutate(session.id, { onSuccess: () => setEnded(t('sessions.ended', { device: session.device })) })
  }

  return (
    <section className="card table-card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      <p className="field-hint">{t('sessions.intro')}</p>
      {ended && <SuccessMessage>{ended}</SuccessMessage>}
      <ErrorSummary error={endOne.error ?? endAll.error} />
      <QueryView query={sessions} empty={t('sessions.empty')}>
        {(list) => (
          <Table captionId="sessions-caption" caption={t('sessions.caption')}>
            <ColumnHeads columns={[t('sessions.device'), t('sessions.started'), t('sessions.lastUsed'), <span className="visually-hidden">{t('sessions.logOut')}</span>]} />
            <tbody>
              {list.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    {session.device}
                    {session.current && <span className="badge badge-host">{t('sessions.current')}</span>}
                    <span className="cell-secondary">
                      {t('sessions.ip')}: {session.ip ?? t('sessions.unknownAddress')}
                    </span>
                  </th>
                  <td>{formatDateTime(session.createdAt)}</td>
                  <td>{formatDateTime(session.lastUsedAt)}</td>
                  <td>
                    {!session.current && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('sessions.logOutLabel', { device: session.device, time: formatDateTime(session.lastUsedAt) })}
                        onClick={() => end(session)}
                        disabled={endOne.isPending}
                      >
                        {t('sessions.logOut')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </QueryView>
      <p className="field-hint" id="end-all-hint">
        {t('sessions.logOutEverywhereHint')}
      </p>
      <button
        type="button"
        className="button button-danger"
        aria-describedby="end-all-hint"
        disabled={endAll.isPending}
        onClick={() => endAll.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) })}
      >
        {t('sessions.logOutEverywhere')}
      </button>
    </section>
  )
}
