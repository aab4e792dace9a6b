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
RESULTS_DIR="$ROOT/bench/results"
mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT_FILE="$RESULTS_DIR/tenants-$PROVIDER-$STAMP.md"
WORK="$(mktemp -d /tmp/wd-tenants-bench.XXXXXX)"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
chmod 755 "$WORK"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APP_PID=""
PGDATA=""
PGBIN=""
PG_RUN=()
cleanup() {
  local status=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PGDATA" ]; then
    "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ "$status" != 0 ] && [ -f "$WORK/app.log" ]; then
    cp "$WORK/app.log" "$RESULTS_DIR/tenants-$PROVIDER-$STAMP.app.log" || true
    echo "App log kept in $RESULTS_DIR/tenants-$PROVIDER-$STAMP.app.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_missing() {
  local packages=()
  command -v wrk >/dev/null 2>&1 || packages+=(wrk)
  if [ "$PROVIDER" = postgres ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then packages+=(postgresql); fi
  if [ ${#packages[@]} -gt 0 ]; then
    log "Installing ${packages[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

# dotnet-gcdump forces a full GC and reports the live managed heap; optional.
GCDUMP=""
install_gcdump() {
  local tools="${XDG_CACHE_HOME:-$HOME/.cache}/walkingdrum-bench/tools"
  if [ ! -x "$tools/dotnet-gcdump" ]; then
    dotnet tool install dotnet-gcdump --version "$GCDUMP_VERSION" --tool-path "$tools" >/dev/null 2>&1 || true
  fi
  if [ -x "$tools/dotnet-gcdump" ]; then GCDUMP="$tools/dotnet-gcdump"; else log "dotnet-gcdump unavailable: RSS only"; fi
}

port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

APP_ENV=()
start_postgres() {
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  local port=55500
  for _ in $(seq 1 200); do port_in_use "$port" || break; port=$((port + 1)); done
  port_in_use "$port" && { echo "no free port for PostgreSQL" >&2; exit 1; }
  PGDATA="$WORK/pgdata"
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; PG_RUN=(runuser -u postgres --); fi
  "${PG_RUN[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  local durability="-c fsync=on -c synchronous_commit=on"
  [ "$PG_FSYNC" = off ] && durability="-c fsync=off -c synchronous_commit=off"
  "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $port -k $PGDATA $durability -c max_connections=200" start >/dev/null
  local psql=("$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
  "${psql[@]}" -c "CREATE ROLE wd_bench_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
  "${psql[@]}" -c "CREATE DATABASE walkingdrum_bench"
  PG_VERSION="$("$PGBIN/postgres" --version | awk '{print $3}')"
  log "PostgreSQL $PG_VERSION on 127.0.0.1:$port (fsync $PG_FSYNC)"
  local cs="Host=127.0.0.1;Port=$port;Database=walkingdrum_bench"
  APP_ENV+=(
    "Database__Provider=PostgreSql"
    "ConnectionStrings__PostgreSql=$cs;Username=wd_bench_app"
    "ConnectionStrings__PostgreSqlMigrations=$cs;Username=postgres"
    "Database__AppRole=wd_bench_app"
  )
}

wait_ready() {
  local url="$1"
  for _ in $(seq 1 240); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The app exited during startup:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
    fi
    if python3 -c 'import sys, urllib.request; sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)' \
      "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  echo "The app was not ready within 120 s" >&2
  exit 1
}

install_missing
install_gcdump
log "Building Release"
dotnet build src/WalkingDrum.Web/WalkingDrum.Web.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log" >&2; exit 1; }

PG_VERSION=""
[ "$PROVIDER" = postgres ] && start_postgres
[ "$PROVIDER" = sqlite ] && APP_ENV+=("Database__Provider=Sqlite")

PORT="$(free_port)"
mkdir -p "$WORK/app_data"
log "Starting the app on 127.0.0.1:$PORT ($PROVIDER)"
(
  cd src/WalkingDrum.Web
  exec env "${APP_ENV[@]}" \
    ASPNETCORE_ENVIRONMENT=Production \
    AppData="$WORK/app_data" \
    Logging__LogLevel__Default=Warning \
    Logging__LogLevel__WalkingDrum.Tenants.Services.TenantProvisioner=Information \
    RateLimiting__AuthPermitsPerMinute=1000000 \
    dotnet bin/Release/net10.0/WalkingDrum.Web.dll --urls "http://127.0.0.1:$PORT"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_ready "http://127.0.0.1:$PORT/health/ready"
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
