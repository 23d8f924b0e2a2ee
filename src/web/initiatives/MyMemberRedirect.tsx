import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { Page } from '../ui/Page'

/** my-member: a member representative goes to its own member's page; anyone else learns that they represent none. */
export function MyMemberRedirect() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const memberId = useOwnMembers().represented[0]
  if (memberId) return <Navigate to={`/collaborations/${collaboration.id}/members/${memberId}/initiatives`} replace />
  return (
    <Page title={t('memberView.title')} context={collaboration.name}>
      <p className="empty">{t('memberView.noMember')}</p>
    </Page>
  )
}
