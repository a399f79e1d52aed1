// The dependency rules of chidao's layout (README "Layout", docs/architecture.md): dependencies
// point one way — gateway and command line → app → domain; db implements the app's ports —
// and the adapters reach the data only through use cases. Checked by `npm run check:architecture`
// (scripts/check-architecture.mjs); scripts/check-architecture.test.mjs shows each rule firing.

/** The command-line files allowed to open the database: the composition root and administration. */
const COMPOSITION = '(cli-composition|migrate-command|serve-command|embedded-copy)\\.ts$'

/** The repositories of a tenant's stores (`TenantStore` of @chidao/app), by property name. */
const TENANT_REPOSITORIES = [
  'organizations',
  'directives',
  'tasks',
  'assessments',
  'reporting',
  'urging',
  'urgedDuties',
  'reminders',
]

/** Import rules, in dependency-cruiser's `forbidden` form; paths are relative to the root. */
export const IMPORT_RULES = [
  {
    name: 'domain-is-pure',
    comment:
      '@chidao/domain holds the model and its rules: no I/O, no runtime dependency, no other package.',
    severity: 'error',
    from: { path: '^packages/domain/src/' },
    to: { pathNot: '^packages/domain/src/' },
  },
  {
    name: 'app-depends-on-domain-only',
    comment:
      '@chidao/app (use cases, policy, ports) reaches nothing but the domain: no database, no ' +
      'GraphQL, no gateway, no I/O.',
    severity: 'error',
    from: { path: '^packages/app/src/' },
    to: { pathNot: '^packages/(app|domain)/src/' },
  },
  {
    name: 'report-rendering-is-pure',
    comment: '@chidao/report-docx renders what the domain assembled: it never reads data itself.',
    severity: 'error',
    from: { path: '^packages/report-docx/src/' },
    to: { path: '^(packages/(app|db)/|apps/)' },
  },
  {
    name: 'spreadsheet-rendering-is-pure',
    comment:
      '@chidao/spreadsheet writes the tables a use case drew up and reads workbooks into the ' +
      "domain's intake document: it never reads data itself.",
    severity: 'error',
    from: { path: '^packages/spreadsheet/src/' },
    to: { path: '^(packages/(app|db|report-docx|notify)/|apps/)' },
  },
  {
    name: 'notify-sends-only',
    comment:
      '@chidao/notify sends what a use case hands it (the ReminderSender port): it never reads ' +
      'or writes data itself.',
    severity: 'error',
    from: { path: '^packages/notify/src/' },
    to: { path: '^(packages/db/|apps/)' },
  },
  {
    name: 'intake-reads-documents-only',
    comment:
      "@chidao/intake reads a Word, PDF, text file or workbook into the domain's intake " +
      "document: it depends on the domain, @chidao/spreadsheet's workbook reader and its own " +
      'libraries only, never on use cases or data.',
    severity: 'error',
    from: { path: '^packages/intake/src/' },
    to: { path: '^(packages/(app|db|report-docx|notify)/|apps/)' },
  },
  {
    name: 'only-adapters-read-intake',
    comment:
      'Only the gateway and its command line read files with @chidao/intake: the drafting rules ' +
      'in the domain read the intake document it gives, never a file.',
    severity: 'error',
    from: { path: '^packages/(?!intake/)' },
    to: { path: '^packages/intake/' },
  },
  {
    name: 'web-app-speaks-graphql-only',
    comment:
      'The web app reaches the data through the GraphQL API alone: of the workspace it imports ' +
      'only @chidao/domain (labels, deadline reading, Vietnamese dates and sorting), which runs ' +
      'unchanged in a browser; never the use cases, the database or the gateway.',
    severity: 'error',
    from: { path: '^apps/web/src/' },
    to: { path: '^(packages/(?!domain/)[^/]+/|apps/(?!web/))' },
  },
  {
    name: 'packages-never-import-apps',
    comment: 'Libraries sit below the applications that use them.',
    severity: 'error',
    from: { path: '^packages/' },
    to: { path: '^apps/' },
  },
  {
    name: 'db-implements-ports-only',
    comment: '@chidao/db implements the ports of app and domain; it never calls a use case.',
    severity: 'error',
    from: { path: '^packages/db/src/' },
    to: { path: '^packages/app/src/(?!ports/|index\\.ts$)' },
  },
  {
    name: 'resolvers-call-use-cases',
    comment:
      'GraphQL types, mutations and their support translate GraphQL to a use case and back: they ' +
      "never import the database package (loaders call the app's batched-read use cases).",
    severity: 'error',
    from: { path: '^apps/gateway/src/schema/' },
    to: { path: '^packages/db/' },
  },
  {
    name: 'commands-call-use-cases',
    comment:
      'A command of the command line calls use cases; only the composition module opens the ' +
      'database and builds their ports.',
    severity: 'error',
    from: { path: '^apps/gateway/src/cli/', pathNot: `^apps/gateway/src/cli/${COMPOSITION}` },
    to: { path: '^packages/db/' },
  },
]

/**
 * Text rules: what an import graph cannot see. Resolvers and commands must not reach the
 * tenant's stores or the database through the request context either.
 */
export const REACH_RULES = [
  {
    name: 'resolvers-never-reach-stores',
    comment:
      'Schema types, mutations, subscriptions and support never touch context.tenant or context.database: ' +
      'loaders (schema/loaders) may open a read session and compare tenant ids, and only use ' +
      'cases call the stores (see adapters-never-call-repositories).',
    files: '^apps/gateway/src/schema/(types|mutations|subscriptions|support)/',
    forbidden: /\bcontext\s*\.\s*(tenant|database)\b/,
  },
  {
    name: 'commands-never-reach-stores',
    comment: 'Commands never call a store or the database themselves: use cases do.',
    files: `^apps/gateway/src/cli/(?!${COMPOSITION})`,
    forbidden:
      /\.forTenant\s*\(|\bkysely\b|\.(organizations|directives|tasks|assessments)\s*\.\s*(create|update|list|find\w*|append\w*|transition|link|dissolve)\s*\(/,
  },
  {
    name: 'adapters-never-call-repositories',
    comment:
      "No file of the gateway's schema (loaders included) and no command calls one of the " +
      "tenant's repositories (`context.tenant.tasks.…`, `reading.tenant.organizations.…`): " +
      'loaders call the batched-read use cases of @chidao/app, once per DataLoader batch. ' +
      'The tenant id and clearance of `context.tenant` are not repositories and stay allowed.',
    files: `^apps/gateway/src/(schema/|cli/(?!${COMPOSITION}))`,
    forbidden: new RegExp(`\\.tenant\\s*\\.\\s*(${TENANT_REPOSITORIES.join('|')})\\b`),
  },
]
