import { useTranslation } from 'react-i18next'
import type { SessionRole } from '../api/types'

/** The roles a person holds, each with the member it is held for. */
export function RoleBadges({ roles }: { roles: SessionRole[] }) {
  const { t } = useTranslation()
  return (
    <ul className="badge-list">
      {roles.map((role) => (
        <li key={role.role + (role.memberId ?? '')} className="badge">
          {role.memberName ? t('overview.roleForMember', { role: t(`roles.${role.role}`), member: role.memberName }) : t(`roles.${role.role}`)}
        </li>
      ))}
    </ul>
  )
}
