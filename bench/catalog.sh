#!/usr/bin/env bash
# Catalog storefront benchmark: a shop with N products (default 10,000) — product and collection
# page throughput and p50/p99, cached and uncached, side by side with (a) Kestrel serving the same
# HTML as a static file and (b) a minimal endpoint reading the same product with raw ADO.NET
# (Npgsql or Microsoft.Data.Sqlite) returning JSON; p99 at 70 % of peak; search p95.
#
#   bench/catalog.sh sqlite|postgres
#
# Knobs (environment): PRODUCTS=10000 WRK_SECONDS=10 WRK_ROUNDS=3 WRK_THREADS=2 WRK_CONNECTIONS=32
# PG_FSYNC=on|off. Installs wrk and hey (and PostgreSQL for `postgres`) from Debian when missing.
# Four servers on 127.0.0.1 share one database: the app with its output cache; the app without it
# (OutputCache:Enabled=false), which renders every page from its storefront read cache; the app
# with neither cache (Storefront:ReadCache:Enabled=false too), which reads the database for every
# page; and the baseline app (bench/Baseline). All load targets them alone. Each app server keeps
# its own search index folder, as separate nodes would (Lucene allows one writer per index).
# Results: bench/results/catalog-<provider>-<timestamp>.md (git-ignored) and stdout.
set -euo pipefail

PROVIDER="${1:-}"
case "$PROVIDER" in
  sqlite | postgres) ;;
  *) echo "usage: $0 sqlite|postgres" >&2; exit 2 ;;
esac

PRODUCTS="${PRODUCTS:-10000}"
WRK_SECONDS="${WRK_SECONDS:-10}"
WRK_ROUNDS="${WRK_ROUNDS:-3}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
PG_FSYNC="${PG_FSYNC:-on}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS_DIR="$ROOT/bench/results"
mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT_FILE="$RESULTS_DIR/catalog-$PROVIDER-$STAMP.md"
WORK="$(mktemp -d /tmp/wd-catalog-bench.XXXXXX)"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
chmod 755 "$WORK"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

PIDS=()
PGDATA=""
PGBIN=""
PG_RUN=()
PG_PORT=""
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$PGDATA" ]; then "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; fi
  if [ "$status" != 0 ]; then
    for log_file in "$WORK"/*.log; do [ -f "$log_file" ] && cp "$log_file" "$RESULTS_DIR/catalog-$PROVIDER-$STAMP.$(basename "$log_file")"; done
    echo "Logs kept in $RESULTS_DIR/catalog-$PROVIDER-$STAMP.*.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

packages=()
command -v wrk >/dev/null 2>&1 || packages+=(wrk)
command -v hey >/dev/null 2>&1 || packages+=(hey)
if [ "$PROVIDER" = postgres ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then packages+=(postgresql); fi
if [ ${#packages[@]} -gt 0 ]; then
  log "Installing ${packages[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

APP_ENV=()
BASELINE_PROVIDER=Sqlite
BASELINE_CONNECTION="Data Source=$WORK/app_data/walkingdrum.db;Mode=ReadOnly;Pooling=True"
TENANT_ID_COMMAND="python3 -c \"import sqlite3,sys; print(sqlite3.connect('file:$WORK/app_data/walkingdrum.db?mode=ro', uri=True).execute('select id from tenants where name=?', ('{name}',)).fetchone()[0].lower())\""
PG_VERSION=""
if [ "$PROVIDER" = postgres ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  PG_PORT=55600
  for _ in $(seq 1 200); do port_in_use "$PG_PORT" || break; PG_PORT=$((PG_PORT + 1)); done
  PGDATA="$WORK/pgdata"
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; PG_RUN=(runuser -u postgres --); fi
  "${PG_RUN[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  durability="-c fsync=on -c synchronous_commit=on"
  [ "$PG_FSYNC" = off ] && durability="-c fsync=off -c synchronous_commit=off"
  "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $PG_PORT -k $PGDATA $durability -c max_connections=300" start >/dev/null
  psql=("$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
  "${psql[@]}" -d postgres -c "CREATE ROLE wd_bench_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
  "${psql[@]}" -d postgres -c "CREATE DATABASE walkingdrum_bench"
  PG_VERSION="$("$PGBIN/postgres" --version | awk '{print $3}')"
  cs="Host=127.0.0.1;Port=$PG_PORT;Database=walkingdrum_bench"
  APP_ENV+=("Database__Provider=PostgreSql" "ConnectionStrings__PostgreSql=$cs;Username=wd_bench_app"
    "ConnectionStrings__PostgreSqlMigrations=$cs;Username=postgres" "Database__AppRole=wd_bench_app")
  BASELINE_PROVIDER=PostgreSql
  BASELINE_CONNECTION="$cs;Username=wd_bench_app"
  TENANT_ID_COMMAND="$PGBIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d walkingdrum_bench -qAt -c \"select id from tenants where name='{name}'\""
  log "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (fsync $PG_FSYNC)"
else
  APP_ENV+=("Database__Provider=Sqlite")
fi

log "Building Release"
for project in src/WalkingDrum.Web/WalkingDrum.Web.csproj bench/Baseline/WalkingDrum.Bench.Baseline.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done

mkdir -p "$WORK/app_data" "$WORK/recipes" "$WORK/static"
cp recipes/*.json "$WORK/recipes/"
python3 bench/catalog.py --phase recipe --recipe "$WORK/recipes/catalog-bench.json" --products "$PRODUCTS" \
  --provider x --cached-port 0 --uncached-port 0 --baseline-port 0 --static-root x --tenant-id-command x \
  --lua x --workdir x --results x

wait_ready() {
  local url="$1" pid="$2" log_file="$3"
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || { echo "A server exited during startup:" >&2; tail -n 40 "$log_file" >&2; exit 1; }
    python3 -c 'import sys, urllib.request; sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)' "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$url was not ready within 120 s" >&2; exit 1
}

start_app() {
  local port="$1" cache="$2" reads="$3" name="$4"
  (
    cd src/WalkingDrum.Web
    exec env "${APP_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production AppData="$WORK/app_data" Recipes__Path="$WORK/recipes" \
      Search__IndexPath="$WORK/search-$name" \
      OutputCache__Enabled="$cache" Storefront__ReadCache__Enabled="$reads" Logging__LogLevel__Default=Warning RateLimiting__AuthPermitsPerMinute=1000000 \
      dotnet bin/Release/net10.0/WalkingDrum.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  wait_ready "http://127.0.0.1:$port/health/ready" "$!" "$WORK/$name.log"
}

CACHED_PORT="$(free_port)"
start_app "$CACHED_PORT" true true app-cached
UNCACHED_PORT="$(free_port)"
start_app "$UNCACHED_PORT" false true app-uncached
DATABASE_PORT="$(free_port)"
start_app "$DATABASE_PORT" false false app-database
BASELINE_PORT="$(free_port)"
(
  exec dotnet bench/Baseline/bin/Release/net10.0/WalkingDrum.Bench.Baseline.dll --static-root "$WORK/static" \
    --provider "$BASELINE_PROVIDER" --connection "$BASELINE_CONNECTION" --urls "http://127.0.0.1:$BASELINE_PORT"
) >"$WORK/baseline.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$BASELINE_PORT/ready" "$!" "$WORK/baseline.log"
log "Servers: cached :$CACHED_PORT, uncached :$UNCACHED_PORT, no caches :$DATABASE_PORT, baseline :$BASELINE_PORT"

python3 bench/catalog.py --phase run --provider "$PROVIDER" --cached-port "$CACHED_PORT" --uncached-port "$UNCACHED_PORT" \
  --database-port "$DATABASE_PORT" \
  --baseline-port "$BASELINE_PORT" --static-root "$WORK/static" --recipe "$WORK/recipes/catalog-bench.json" \
  --tenant-id-command "$TENANT_ID_COMMAND" --products "$PRODUCTS" --seconds "$WRK_SECONDS" --rounds "$WRK_ROUNDS" \
  --threads "$WRK_THREADS" --connections "$WRK_CONNECTIONS" --lua bench/roundrobin.lua --workdir "$WORK" \
  --results "$WORK/table.md" >/dev/null

{
  echo "## Catalog storefront benchmark — $PROVIDER"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ {print $2}') RAM; load average at start / end: $LOADAVG_START / $(cut -d' ' -f1-3 /proc/loadavg); wrk, hey and all four servers share the 2 cores"
  echo "- .NET $(dotnet --version) SDK, Release builds, ASPNETCORE_ENVIRONMENT=Production"
  [ -n "$PG_VERSION" ] && echo "- PostgreSQL $PG_VERSION on 127.0.0.1 (fsync $PG_FSYNC); app and baseline connect as wd_bench_app with RLS enforced"
  [ "$PROVIDER" = sqlite ] && echo "- SQLite file in a fresh temp AppData (WAL); the baseline opens it read-only"
  echo "- command: \`PRODUCTS=$PRODUCTS WRK_SECONDS=$WRK_SECONDS WRK_ROUNDS=$WRK_ROUNDS WRK_THREADS=$WRK_THREADS WRK_CONNECTIONS=$WRK_CONNECTIONS bench/catalog.sh $PROVIDER\`"
  echo
  cat "$WORK/table.md"
} >"$RESULT_FILE"
cp "$WORK/table.json" "${RESULT_FILE%.md}.json"
cat "$RESULT_FILE"
