import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router'
import { todayInVietnam } from './format/format.js'
import { useI18n } from './i18n/i18n.js'
import { Shell } from './layout/shell.js'
import { LiveTasks } from './live/live-tasks.js'
import { readCalendarSearch } from './pages/calendar/calendar-filter.js'
import { CalendarPage } from './pages/calendar/calendar-page.js'
import { DashboardPage } from './pages/dashboard/dashboard-page.js'
import { readDashboardSearch } from './pages/dashboard/dashboard-search.js'
import { ImportPage } from './pages/import/import-page.js'
import { OrganizationTreePage } from './pages/organizations/organization-tree-page.js'
import { DepartmentTasksPage } from './pages/task/department-tasks-page.js'
import { readDepartmentTasksSearch } from './pages/task/department-tasks-search.js'
import { TaskPage } from './pages/task/task-page.js'
import { readUrgeListSearch } from './pages/urge-list-filter.js'
import { UrgeListPage } from './pages/urge-list-page.js'
import { OidcCallbackPage } from './session/oidc-callback-page.js'
import type { Session } from './session/session.js'
import { SignInPage } from './session/sign-in-page.js'

/** What every route can read: the session, and the way to change it. */
export interface RouterContext {
  readonly session: Session | null
  readonly signIn: (session: Session) => void
  readonly signOut: () => void
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: function Root() {
    const { session, signOut } = rootRoute.useRouteContext()
    return (
      <Shell session={session} onSignOut={signOut}>
        <Outlet />
      </Shell>
    )
  },
  notFoundComponent: function NotFound() {
    return <p>{useI18n().t('notFound')}</p>
  },
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/urge', search: { view: 'overdue' } })
  },
})

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  component: function SignIn() {
    const { signIn } = signInRoute.useRouteContext()
    const navigate = signInRoute.useNavigate()
    return (
      <SignInPage
        onSignIn={(session) => {
          signIn(session)
          void navigate({ to: '/urge', search: { view: 'overdue' } })
        }}
      />
    )
  },
})

/** Where the OpenID Connect provider sends the person back (`CALLBACK_PATH`). */
const signInCallbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in/callback',
  component: function SignInCallback() {
    const { signIn } = signInCallbackRoute.useRouteContext()
    const navigate = signInCallbackRoute.useNavigate()
    return (
      <OidcCallbackPage
        onSignIn={(session) => {
          signIn(session)
          // Replaced: the used code stays out of the history.
          void navigate({ to: '/urge', search: { view: 'overdue' }, replace: true })
        }}
      />
    )
  },
})

/** Pages that need a session send the person to sign in first. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: ({ context }) => {
    if (!context.session) throw redirect({ to: '/sign-in' })
  },
  // While signed in, changes made elsewhere reach every page without a reload.
  component: function SignedIn() {
    return (
      <>
        <LiveTasks />
        <Outlet />
      </>
    )
  },
})

const urgeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/urge',
  validateSearch: readUrgeListSearch,
  component: function Urge() {
    const search = urgeRoute.useSearch()
    const navigate = urgeRoute.useNavigate()
    return <UrgeListPage search={search} onSearch={(next) => void navigate({ search: next })} />
  },
})

const departmentTasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tasks',
  validateSearch: readDepartmentTasksSearch,
  component: function DepartmentTasks() {
    const { session } = departmentTasksRoute.useRouteContext()
    const search = departmentTasksRoute.useSearch()
    const navigate = departmentTasksRoute.useNavigate()
    return (
      <DepartmentTasksPage
        organization={session?.organization ?? null}
        search={search}
        onSearch={(next) => void navigate({ search: next })}
      />
    )
  },
})

const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/dashboard',
  validateSearch: readDashboardSearch,
  component: function Dashboard() {
    const search = dashboardRoute.useSearch()
    const navigate = dashboardRoute.useNavigate()
    const { session } = dashboardRoute.useRouteContext()
    return (
      <DashboardPage
        search={search}
        onSearch={(next) => void navigate({ search: next })}
        token={session?.token ?? null}
      />
    )
  },
})

const taskRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tasks/$taskId',
  component: function Task() {
    const { session } = taskRoute.useRouteContext()
    const { taskId } = taskRoute.useParams()
    return session ? <TaskPage key={taskId} taskId={taskId} session={session} /> : null
  },
})

const calendarRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/calendar',
  validateSearch: (search: Record<string, unknown>) => readCalendarSearch(search, todayInVietnam()),
  component: function Calendar() {
    const navigate = calendarRoute.useNavigate()
    const search = calendarRoute.useSearch()
    return <CalendarPage search={search} onSearch={(next) => void navigate({ search: next })} />
  },
})

const organizationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/organizations',
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search.q === 'string' && search.q !== '' ? { q: search.q } : {},
  component: function Organizations() {
    const navigate = organizationsRoute.useNavigate()
    const { q } = organizationsRoute.useSearch()
    return (
      <OrganizationTreePage
        query={q ?? ''}
        onQuery={(next) => void navigate({ search: next ? { q: next } : {}, replace: true })}
      />
    )
  },
})

const importRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/import',
  component: function Import() {
    const { session } = importRoute.useRouteContext()
    return <ImportPage isAdmin={session?.roles.includes('ADMIN') ?? false} />
  },
})

const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  signInCallbackRoute,
  signedInRoute.addChildren([
    urgeRoute,
    calendarRoute,
    organizationsRoute,
    importRoute,
    departmentTasksRoute,
    taskRoute,
    dashboardRoute,
  ]),
])

/** The app's router; its context is filled in by {@link App}. */
export function createAppRouter(context: RouterContext) {
  return createRouter({ routeTree, context })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
