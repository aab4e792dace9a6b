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
NAME=catalog
RESULTS_DIR="$ROOT/bench/results"
mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT_FILE="$RESULTS_DIR/$NAME-$PROVIDER-$STAMP.md"
WORK="$(mktemp -d /tmp/wd-catalog-bench.XXXXXX)"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
chmod 755 "$WORK"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

bench_install wrk hey
BASELINE_PROVIDER=Sqlite
BASELINE_CONNECTION="Data Source=$WORK/app_data/walkingdrum.db;Mode=ReadOnly;Pooling=True"
TENANT_ID_COMMAND="python3 -c \"import sqlite3,sys; print(sqlite3.connect('file:$WORK/app_data/walkingdrum.db?mode=ro', uri=True).execute('select id from tenants where name=?', ('{name}',)).fetchone()[0].lower())\""
if [ "$PROVIDER" = postgres ]; then
  bench_postgres "$PG_FSYNC"
  BASELINE_PROVIDER=PostgreSql
  BASELINE_CONNECTION="$PG_CS;Username=wd_bench_app"
  TENANT_ID_COMMAND="${PSQL[*]} -c \"select id from tenants where name='{name}'\""
fi
bench_build src/WalkingDrum.Web/WalkingDrum.Web.csproj bench/Baseline/WalkingDrum.Bench.Baseline.csproj

mkdir -p "$WORK/app_data" "$WORK/recipes" "$WORK/static"
cp recipes/*.json "$WORK/recipes/"
python3 bench/catalog.py --phase recipe --recipe "$WORK/recipes/catalog-bench.json" --products "$PRODUCTS" \
  --provider x --cached-port 0 --uncached-port 0 --baseline-port 0 --static-root x --tenant-id-command x \
  --lua x --workdir x --results x

# Each app server keeps its own search index folder, as separate nodes would.
start_app() {
  local name="$1" port="$2" cache="$3" reads="$4"
  bench_start_app "$name" "$port" Recipes__Path="$WORK/recipes" Search__IndexPath="$WORK/search-$name" \
    OutputCache__Enabled="$cache" Storefront__ReadCache__Enabled="$reads"
}

CACHED_PORT="$(bench_free_port)"
start_app app-cached "$CACHED_PORT" true true
UNCACHED_PORT="$(bench_free_port)"
start_app app-uncached "$UNCACHED_PORT" false true
DATABASE_PORT="$(bench_free_port)"
start_app app-database "$DATABASE_PORT" false false
BASELINE_PORT="$(bench_free_port)"
(
  exec dotnet bench/Baseline/bin/Release/net10.0/WalkingDrum.Bench.Baseline.dll --static-root "$WORK/static" \
    --provider "$BASELINE_PROVIDER" --connection "$BASELINE_CONNECTION" --urls "http://127.0.0.1:$BASELINE_PORT"
) >"$WORK/baseline.log" 2>&1 &
BENCH_PIDS+=($!)
bench_wait_ready "http://127.0.0.1:$BASELINE_PORT/ready" "$!" "$WORK/baseline.log"
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
