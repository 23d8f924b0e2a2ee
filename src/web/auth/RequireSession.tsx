import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { Layout } from '../ui/Layout'
import { Loading } from '../ui/Status'
import { useSession } from './session'

/** Lets signed-in users through; sends others to the login page and back here afterwards. */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  if (session.isPending) {
    return (
      <Layout>
        <Loading />
      </Layout>
    )
  }
  if (!session.data?.user) {
    const next = location.pathname + location.search
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
