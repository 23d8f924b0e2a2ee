import { Outlet, Route, Routes } from 'react-router-dom'
import { AccessibilityPage } from './accessibility/AccessibilityPage'
import { AuditPage } from './audit/AuditPage'
import { LoginPage } from './auth/LoginPage'
import { RequireSession } from './auth/RequireSession'
import { CollaborationArea } from './collaborations/CollaborationArea'
import { CreateCollaborationPage } from './collaborations/CreateCollaborationPage'
import { HomePage } from './collaborations/HomePage'
import { OverviewPage } from './collaborations/OverviewPage'
import { MembersPage } from './members/MembersPage'
import { Layout } from './ui/Layout'
import { NotFoundPage } from './ui/NotFoundPage'
import { MyPermissionsPage } from './users/MyPermissionsPage'
import { UsersPage } from './users/UsersPage'

function Shell() {
  return (
    <Layout>
      <Outlet />
    </Layout>
  )
}

export function App() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<Shell />}>
          <Route path="/" element={<HomePage />} />
          <Route path="/collaborations/new" element={<CreateCollaborationPage />} />
        </Route>
        <Route path="/collaborations/:collaborationId" element={<CollaborationArea />}>
          <Route index element={<OverviewPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="my-permissions" element={<MyPermissionsPage />} />
          <Route path="audit" element={<AuditPage />} />
        </Route>
      </Route>
      <Route element={<Shell />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
