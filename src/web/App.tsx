import { lazy, Suspense } from 'react'
import { Navigate, Outlet, Route, Routes } from 'react-router-dom'
import { AccessibilityPage } from './accessibility/AccessibilityPage'
import { AccessibilityReportsPage } from './accessibility/AccessibilityReportsPage'
import { AdminArea } from './admin/AdminArea'
import { AuditPage } from './audit/AuditPage'
import { WholeAuditPage } from './audit/WholeAuditPage'
import { LoginPage } from './auth/LoginPage'
import { InvitationPage } from './auth/InvitationPage'
import { ForgotPasswordPage } from './auth/ForgotPasswordPage'
import { ResetPasswordPage } from './auth/ResetPasswordPage'
import { RequireSession } from './auth/RequireSession'
import { CalendarPage } from './calendar/CalendarPage'
import { CasePage } from './cases/CasePage'
import { CasesPage } from './cases/CasesPage'
import { RegisterPage } from './cases/RegisterPage'
import { CollaborationArea } from './collaborations/CollaborationArea'
import { CreateCollaborationPage } from './collaborations/CreateCollaborationPage'
import { HomePage } from './collaborations/HomePage'
import { OverviewPage } from './collaborations/OverviewPage'
import { SettingsPage } from './collaborations/SettingsPage'
import { AdvisorPage, CollaborationAdvisorPage } from './governance/AdvisorPage'
import { DisagreementsPage } from './governance/DisagreementsPage'
import { InitiativePage } from './initiative/InitiativePage'
import { MemberBenefitsPage } from './benefits/MemberBenefitsPage'
import { MemberDecisionMatrixPage } from './initiatives/MemberDecisionMatrixPage'
import { MemberInitiativesPage } from './initiatives/MemberInitiativesPage'
import { MyMemberRedirect } from './initiatives/MyMemberRedirect'
import { NewInitiativePage } from './initiatives/NewInitiativePage'
import { PortfolioPage } from './initiatives/PortfolioPage'
import { MeetingPage } from './meetings/MeetingPage'
import { MinutesRegisterPage } from './meetings/MinutesRegisterPage'
import { MembersPage } from './members/MembersPage'
import { ProcessesPage } from './processes/ProcessesPage'
import { PublicRecordsPage } from './public/PublicRecordsPage'
import { Layout } from './ui/Layout'
import { Loading } from './ui/Status'
import { NotFoundPage } from './ui/NotFoundPage'
import { AccountsPage } from './users/AccountsPage'
import { MyAccountPage } from './users/MyAccountPage'
import { MyPermissionsPage } from './users/MyPermissionsPage'
import { UsersPage } from './users/UsersPage'
import { DemoDataPage } from './setup/DemoDataPage'
import { SetupPage } from './setup/SetupPage'
import { IdentityProvidersPage } from './sso/IdentityProvidersPage'

// React Flow and dagre are loaded only when someone opens the governance page.
const GovernancePage = lazy(() => import('./governance/GovernancePage').then((m) => ({ default: m.GovernancePage })))

// The money and planning pages, with their charts and dialogs, load when first opened.
const BudgetPage = lazy(() => import('./finance/BudgetPage').then((m) => ({ default: m.BudgetPage })))
const BudgetsPage = lazy(() => import('./finance/BudgetsPage').then((m) => ({ default: m.BudgetsPage })))
const CostKeyPage = lazy(() => import('./finance/CostKeyPage').then((m) => ({ default: m.CostKeyPage })))
const CostKeysPage = lazy(() => import('./finance/CostKeysPage').then((m) => ({ default: m.CostKeysPage })))
const FinanceOverviewPage = lazy(() => import('./finance/FinanceOverviewPage').then((m) => ({ default: m.FinanceOverviewPage })))
const InvoiceBasisPage = lazy(() => import('./finance/InvoiceBasisPage').then((m) => ({ default: m.InvoiceBasisPage })))
const PlanPage = lazy(() => import('./planning/PlanPage').then((m) => ({ default: m.PlanPage })))
const PrioritisePage = lazy(() => import('./planning/PrioritisePage').then((m) => ({ default: m.PrioritisePage })))
const ProjectBankPage = lazy(() => import('./planning/ProjectBankPage').then((m) => ({ default: m.ProjectBankPage })))
const ResultsPage = lazy(() => import('./planning/ResultsPage').then((m) => ({ default: m.ResultsPage })))
const RoundPage = lazy(() => import('./planning/RoundPage').then((m) => ({ default: m.RoundPage })))
const RiskMapPage = lazy(() => import('./risks/RiskMapPage').then((m) => ({ default: m.RiskMapPage })))
const RoundsPage = lazy(() => import('./planning/RoundsPage').then((m) => ({ default: m.RoundsPage })))

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
        <Route path="/invitation" element={<InvitationPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/legal-form-advisor" element={<AdvisorPage />} />
        <Route path="/public/:collaborationId" element={<PublicRecordsPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<Shell />}>
          <Route path="/" element={<HomePage />} />
          <Route path="/collaborations/new" element={<CreateCollaborationPage />} />
          <Route path="/account" element={<MyAccountPage />} />
        </Route>
        <Route path="/collaborations/:collaborationId" element={<CollaborationArea />}>
          <Route index element={<OverviewPage />} />
          <Route path="governance" element={<Suspense fallback={<Loading />}><GovernancePage /></Suspense>} />
          <Route path="governance/advisor" element={<CollaborationAdvisorPage />} />
          <Route path="disagreements" element={<DisagreementsPage />} />
          <Route path="initiatives/:initiativeId" element={<InitiativePage />} />
          <Route path="processes" element={<ProcessesPage />} />
          <Route path="initiatives" element={<PortfolioPage />} />
          <Route path="initiatives/new" element={<NewInitiativePage />} />
          <Route path="risks" element={<Suspense fallback={<Loading />}><RiskMapPage /></Suspense>} />
          <Route path="member-decisions" element={<MemberDecisionMatrixPage />} />
          <Route path="cases" element={<CasesPage />} />
          <Route path="cases/:caseId" element={<CasePage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="meetings/:meetingId" element={<MeetingPage />} />
          <Route path="minutes" element={<MinutesRegisterPage />} />
          <Route path="finance" element={<Suspense fallback={<Loading />}><FinanceOverviewPage /></Suspense>} />
          <Route path="finance/invoice-basis/:memberId" element={<Suspense fallback={<Loading />}><InvoiceBasisPage /></Suspense>} />
          <Route path="finance/cost-keys" element={<Suspense fallback={<Loading />}><CostKeysPage /></Suspense>} />
          <Route path="finance/cost-keys/:costKeyId" element={<Suspense fallback={<Loading />}><CostKeyPage /></Suspense>} />
          <Route path="finance/budgets" element={<Suspense fallback={<Loading />}><BudgetsPage /></Suspense>} />
          <Route path="finance/budgets/:budgetId" element={<Suspense fallback={<Loading />}><BudgetPage /></Suspense>} />
          <Route path="planning" element={<Suspense fallback={<Loading />}><RoundsPage /></Suspense>} />
          <Route path="planning/project-bank" element={<Suspense fallback={<Loading />}><ProjectBankPage /></Suspense>} />
          <Route path="planning/:roundId" element={<Suspense fallback={<Loading />}><RoundPage /></Suspense>} />
          <Route path="planning/:roundId/prioritise" element={<Suspense fallback={<Loading />}><PrioritisePage /></Suspense>} />
          <Route path="planning/:roundId/results" element={<Suspense fallback={<Loading />}><ResultsPage /></Suspense>} />
          <Route path="planning/:roundId/plan" element={<Suspense fallback={<Loading />}><PlanPage /></Suspense>} />
          <Route path="members/:memberId/initiatives" element={<MemberInitiativesPage />} />
          <Route path="members/:memberId/benefits" element={<MemberBenefitsPage />} />
          <Route path="my-member" element={<MyMemberRedirect />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="my-permissions" element={<MyPermissionsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="settings" element={<SettingsPage />} />
        </Route>
        <Route path="/admin" element={<AdminArea />}>
          <Route index element={<Navigate to="accounts" replace />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="accessibility-reports" element={<AccessibilityReportsPage />} />
          <Route path="audit" element={<WholeAuditPage />} />
          <Route path="demo-data" element={<DemoDataPage />} />
          <Route path="identity-providers" element={<IdentityProvidersPage />} />
        </Route>
      </Route>
      <Route element={<Shell />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
