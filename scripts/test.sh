#!/usr/bin/env bash
# npm test: everything CI checks, from a fresh clone. Installs what is
# missing, runs each step even when an earlier one fails, and ends with one
# line "N passed, N failed" counting the vitest tests of every run.
set -uo pipefail
cd "$(dirname "$0")/.."

failed_steps=()
passed_tests=0
failed_tests=0
report_dir=$(mktemp -d)
trap 'rm -rf "$report_dir"' EXIT

ensure_node_modules() {
  # npm ls fails when a dependency in package.json is missing or mismatched.
  if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
    echo "== npm ci (node_modules missing or not matching package.json)"
    npm ci --no-audit --no-fund || exit 1
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return
  echo "== installing Debian chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && apt-get install -y chromium || exit 1
  else
    sudo apt-get update && sudo apt-get install -y chromium || exit 1
  fi
}

step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@"; then
    failed_steps+=("$name")
  fi
}

# Runs vitest with a JSON report so the final line can sum every run.
vitest_step() {
  local name=$1 config=$2
  local report="$report_dir/$name.json"
  step "$name" npx vitest run --config "$config" \
    --reporter=default --reporter=json --outputFile.json="$report"
  if [ -f "$report" ]; then
    local counts
    counts=$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(r.numPassedTests, r.numFailedTests);' "$report")
    passed_tests=$((passed_tests + ${counts% *}))
    failed_tests=$((failed_tests + ${counts#* }))
  fi
}

ensure_node_modules
ensure_chromium

step "prettier --check" npx prettier --check .
step "tsc --noEmit" npx tsc --noEmit
step "forms:check" npm run --silent forms:check
vitest_step unit-and-server vitest.config.ts
step "vite build" npx vite build --logLevel warn
vitest_step browser vitest.browser.config.ts
if [ -f bench/run.ts ]; then
  step "bench --short" npm run --silent bench -- --short
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
fi
echo "$passed_tests passed, $failed_tests failed"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed_tests" -eq 0 ]
