import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber, formatPopulation, todayInSweden } from '../../shared/format'
import type { Member } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { useLanguage } from '../i18n/useLanguage'
import { Page } from '../ui/Page'
import { Loading, QueryView, SuccessMessage } from '../ui/Status'
import { EditMemberDialog } from './EditMemberDialog'
import { MembersTable } from './MembersTable'
import { PopulationChart } from './PopulationChart'
import { useMembers } from './queries'
import { hasLeftBy } from '../../shared/membership'

export function MembersPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { collaboration } = useCurrentCollaboration()
  const [includeLeft, setIncludeLeft] = useState(false)
  const [editing, setEditing] = useState<{ member: Member; opener: HTMLButtonElement } | null>(null)
  const [saved, setSaved] = useState('')
  const members = useMembers(collaboration.id, includeLeft)

  // A member representative may change only the member they represent, and only its contact details.
  const update = useOwnMembers().forAction('members', 'update')
  const editsAll = update.allowed && !update.ownMembers
  const mayEdit = (member: Member) => update.mayActFor(member.id)

  return (
    <Page title={t('members.title')} context={collaboration.name} intro={t('members.intro', { name: collaboration.name })}>
      <QueryView query={members}>
        {({ members: list, populationYear, totalPopulation, inhabitantsCovered }) => {
          const current = list.filter((m) => !hasLeftBy(m, todayInSweden()))
          const date = list.find((m) => m.populationDate)?.populationDate
          return (
            <>
              <p className="summary-line">
                {t('members.summary', {
                  members: t('common.membersCount', { count: current.length, formatted: formatNumber(current.length) }),
                  population: formatPopulation(inhabitantsCovered, language),
                })}{' '}
                {date && t('members.populationDate', { date: formatDate(date) })}
              </p>
              <PopulationChart members={current} total={totalPopulation} />
              <section className="card table-card">
                <div className="table-tools">
                  <label className="checkbox">
                    <input type="checkbox" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
                    {t('members.includeLeft')}
                  </label>
                  {members.isFetching && <Loading />}
                </div>
                {saved && <SuccessMessage>{saved}</SuccessMessage>}
                {list.length === 0 ? (
                  <p className="empty">{t('members.empty')}</p>
                ) : (
                  <MembersTable
                    collaborationName={collaboration.name}
                    members={list}
                    populationYear={populationYear}
                    totalPopulation={totalPopulation}
                    includeLeft={includeLeft}
                    mayEdit={mayEdit}
                    onEdit={(member, opener) => {
                      setSaved('')
                      setEditing({ member, opener })
                    }}
                  />
                )}
              </section>
            </>
          )
        }}
      </QueryView>
      {editing && (
        <EditMemberDialog
          collaborationId={collaboration.id}
          member={editing.member}
          contactOnly={!editsAll}
          returnFocusTo={editing.opener}
          onClose={() => setEditing(null)}
          onSaved={(member) => {
            setEditing(null)
            setSaved(t('memberEdit.saved', { name: member.name }))
          }}
        />
      )}
    </Page>
  )
}
