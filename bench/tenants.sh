#!/usr/bin/env bash
# Tenant host foundation benchmark: provisions N tenants (default 1000) through POST /api/signup,
# measures provisioning time, memory growth per tenant and storefront throughput (one tenant
# versus round-robin over all), and prints Markdown tables.
#
#   bench/tenants.sh sqlite|postgres
#
# Knobs (environment): TENANTS=1000 WRK_SECONDS=10 WRK_ROUNDS=5 WRK_THREADS=2 WRK_CONNECTIONS=32
# WARM_TENANTS=50 PG_FSYNC=on|off (default on: durable commits, as in production).
# Installs wrk (and PostgreSQL for `postgres`) from Debian when missing, and dotnet-gcdump from
# NuGet into a cache folder (optional: without it only RSS is reported). For `postgres` it runs
# a throwaway PostgreSQL on 127.0.0.1 with an app role (LOGIN NOSUPERUSER NOBYPASSRLS) and stops
# it at exit. The app listens on 127.0.0.1 only, with a fresh AppData; all load targets it alone.
# Results: bench/results/tenants-<provider>-<timestamp>.md (git-ignored) and stdout.
set -euo pipefail

PROVIDER="${1:-}"
case "$PROVIDER" in
  sqlite | postgres) ;;
  *) echo "usage: $0 sqlite|postgres" >&2; exit 2 ;;
esac

TENANTS="${TENANTS:-1000}"
WRK_SECONDS="${WRK_SECONDS:-10}"
WRK_ROUNDS="${WRK_ROUNDS:-5}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
WARM_TENANTS="${WARM_TENANTS:-50}"
PG_FSYNC="${PG_FSYNC:-on}"
GCDUMP_VERSION="10.0.750501"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NAME=tenants
RESULTS_DIR="$ROOT/bench/results"
mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT_FILE="$RESULTS_DIR/$NAME-$PROVIDER-$STAMP.md"
WORK="$(mktemp -d /tmp/wd-tenants-bench.XXXXXX)"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
chmod 755 "$WORK"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

# dotnet-gcdump forces a full GC and reports the live managed heap; optional.
GCDUMP=""
install_gcdump() {
  local tools="${XDG_CACHE_HOME:-$HOME/.cache}/walkingdrum-bench/tools"
  if [ ! -x "$tools/dotnet-gcdump" ]; then
    dotnet tool install dotnet-gcdump --version "$GCDUMP_VERSION" --tool-path "$tools" >/dev/null 2>&1 || true
  fi
  if [ -x "$tools/dotnet-gcdump" ]; then GCDUMP="$tools/dotnet-gcdump"; else log "dotnet-gcdump unavailable: RSS only"; fi
}

bench_install wrk
install_gcdump
[ "$PROVIDER" = postgres ] && bench_postgres "$PG_FSYNC"
bench_build src/WalkingDrum.Web/WalkingDrum.Web.csproj

PORT="$(bench_free_port)"
log "Starting the app on 127.0.0.1:$PORT ($PROVIDER)"
bench_start_app app "$PORT" Logging__LogLevel__WalkingDrum.Tenants.Services.TenantProvisioner=Information
APP_PID="${BENCH_PIDS[-1]}"
log "Ready (pid $APP_PID, RSS $(awk '/^VmRSS/ {print $2, $3}' "/proc/$APP_PID/status"))"

python3 bench/tenants.py --provider "$PROVIDER" --port "$PORT" --pid "$APP_PID" --tenants "$TENANTS" \
  --warm-tenants "$WARM_TENANTS" --wrk-seconds "$WRK_SECONDS" --wrk-rounds "$WRK_ROUNDS" \
  --wrk-threads "$WRK_THREADS" --wrk-connections "$WRK_CONNECTIONS" \
  --lua bench/roundrobin.lua --gcdump "$GCDUMP" --app-log "$WORK/app.log" --results "$WORK/table.md" >/dev/null

{
  echo "## Tenant host benchmark — $PROVIDER"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ {print $2}') RAM; load average at start / end: $LOADAVG_START / $(cut -d' ' -f1-3 /proc/loadavg) (2 cores shared with other work)"
  echo "- .NET $(dotnet --version) SDK, Release build; server GC as configured by the app; wrk $(wrk -v 2>&1 | awk 'NR==1 {print $2}')"
  [ -n "$PG_VERSION" ] && echo "- PostgreSQL $PG_VERSION on 127.0.0.1 (fsync $PG_FSYNC), app connects as wd_bench_app (LOGIN NOSUPERUSER NOBYPASSRLS), RLS enforced"
  [ "$PROVIDER" = sqlite ] && echo "- SQLite file in a fresh temp AppData (WAL)"
  echo "- command: \`TENANTS=$TENANTS WRK_SECONDS=$WRK_SECONDS WRK_ROUNDS=$WRK_ROUNDS WRK_THREADS=$WRK_THREADS WRK_CONNECTIONS=$WRK_CONNECTIONS bench/tenants.sh $PROVIDER\`"
  echo
  cat "$WORK/table.md"
} >"$RESULT_FILE"
cp "$WORK/table.json" "${RESULT_FILE%.md}.json"
cat "$RESULT_FILE"
if grep -qiE 'error|exception' "$WORK/app.log"; then
  log "The app logged errors; see ${RESULT_FILE%.md}.app.log"
  cp "$WORK/app.log" "${RESULT_FILE%.md}.app.log"
fi
