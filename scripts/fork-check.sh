#!/usr/bin/env bash
# The whole path of a province that forks chidao, in a temporary folder, never touching this tree:
# clone (the committed HEAD) → npm run rename-scope -- @tinh-mau → npm ci → build → test →
# validate and import a second province's bundle (docs/examples/tinh-mau.yaml) into an embedded
# database → export it back. Prints the time of each step; removes the folder on exit.
#
#   scripts/fork-check.sh                     # the fork's tests: the gateway's serving tests
#   FORK_TESTS=libraries scripts/fork-check.sh  # and every library's suite (≈ 5 minutes more)
#   FORK_TESTS=all scripts/fork-check.sh      # the whole test suite in the fork (≈ 15 minutes)
#   FORK_TESTS=none scripts/fork-check.sh     # no tests (FORK_SKIP_TESTS=1 says the same)
#
# What a rename can break is how the packages find each other: the build above compiles every
# package against the renamed names, and by default the fork then runs the gateway's files that
# serve the renamed packages end to end (the schema, the example programme, reads and writes over
# GraphQL: domain, app, db and gateway loaded at run time), and the steps after the tests drive
# the renamed command line and load every other package. The suites themselves run twice on the
# tree in CI (PGlite and PostgreSQL), so the fork repeats them only when asked.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scope=${FORK_SCOPE:-@tinh-mau}
work=$(mktemp -d "${TMPDIR:-/tmp}/chidao-fork-XXXXXX")
trap 'rm -rf "$work"' EXIT
export CI=true TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 FORCE_COLOR=0 NO_COLOR=1

started=$(date +%s)
last=$started
step() {
  local now
  now=$(date +%s)
  printf '\n== %s (total %ss, previous step %ss)\n' "$*" "$((now - started))" "$((now - last))"
  last=$now
}

step "fork: clone $repo"
git clone --quiet --no-hardlinks "$repo" "$work/fork"
cd "$work/fork"

step "rename the scope to $scope"
node scripts/rename-scope.mjs "$scope" --skip-checks
if left=$(git grep -l '@chidao/'); then
  echo "still @chidao/ after renaming:" >&2
  echo "$left" >&2
  exit 1
fi

step "npm ci"
npm ci --no-audit --no-fund

step "build"
npm run build

fork_tests=${FORK_TESTS:-serving}
[[ -n ${FORK_SKIP_TESTS:-} ]] && fork_tests=none
case $fork_tests in
  all)
    step "test: every suite"
    npm test
    ;;
  libraries | serving)
    # The web app was built above under the new scope; its browser tests drive the same gateway
    # the serving tests below start, so the fork leaves them to the full run (FORK_TESTS=all).
    if [[ $fork_tests == libraries ]]; then
      step "test: every library's suite"
      npm test -- --filter="!$scope/gateway" --filter="!$scope/web"
    fi
    step "test: the gateway's serving tests"
    (cd apps/gateway && npx vitest run test/schema.test.ts test/example-data.test.ts \
      test/read-queries.test.ts test/task-mutations.test.ts)
    ;;
  none) ;;
  *)
    echo "FORK_TESTS is serving, libraries, all or none, not '$fork_tests'" >&2
    exit 2
    ;;
esac

step "validate and import a second province (docs/examples/tinh-mau.yaml)"
export CHIDAO_DATA_DIR="$work/data" CHIDAO_TENANT=tinh-mau CHIDAO_SEED=none LOG_LEVEL=silent
# Not `npx chidao`: on a fresh clone npm links the command only if apps/gateway/dist/main.js
# existed at install time, i.e. not before the first build.
chidao() { node apps/gateway/dist/main.js "$@"; }
chidao validate docs/examples/tinh-mau.yaml
chidao import docs/examples/tinh-mau.yaml
chidao import docs/examples/tinh-mau.yaml
chidao export --out "$work/export.json"
node -e '
  const b = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))
  if (b.tenant.id !== "tinh-mau" || b.tasks.length !== 2) throw new Error("unexpected export")
  console.log(`exported ${b.tenant.id}: ${b.organizations.length} organisations, ${b.tasks.length} tasks`)
' "$work/export.json"
node -e "import('$scope/domain').then((d) => console.log('$scope/domain resolves:', typeof d.parseBundle))"
chidao report --directive 07-KH/TU --format docx --out "$work/bao-cao.docx"
node -e '
  const b = require("node:fs").readFileSync(process.argv[1])
  if (b[0] !== 0x50 || b[1] !== 0x4b) throw new Error("the report is not a DOCX package")
  console.log(`report of 07-KH/TU as DOCX: ${b.length} bytes`)
' "$work/bao-cao.docx"
node -e "import('$scope/app').then((a) => console.log('$scope/app resolves:', Object.keys(a.POLICY).length, 'actions in the policy'))"
node -e "import('$scope/report-docx').then((d) => console.log('$scope/report-docx resolves:', typeof d.renderReportDocx))"
node -e "import('$scope/spreadsheet').then((s) => console.log('$scope/spreadsheet resolves:', typeof s.renderTaskWorkbook, typeof s.readWorkbook))"
node -e "import('$scope/notify').then((n) => console.log('$scope/notify resolves:', typeof n.createReminderSender))"
node -e "import('$scope/intake').then((i) => console.log('$scope/intake resolves:', typeof i.readIntake))"

step "fork check passed"
