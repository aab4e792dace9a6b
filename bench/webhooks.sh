#!/usr/bin/env bash
# Webhook ingest benchmark: acknowledgement p50/p99 of signed Stripe events posted by wrk at a
# fixed 500 events/s, sustained events/s unpaced, and a check that every acknowledged event is
# stored once and processed once (nothing lost or doubled).
#
#   bench/webhooks.sh sqlite|postgres
#
# Knobs (environment): RATE=500 SECONDS_PER_PHASE=20 WRK_THREADS=2 WRK_CONNECTIONS=32 (unpaced)
# PACED_CONNECTIONS=64 PG_FSYNC=on|off.
# Installs wrk (and PostgreSQL for `postgres`) from Debian when missing. The app listens on
# 127.0.0.1 only with a fresh AppData (and database); all load targets it alone.
# Results: bench/results/webhooks-<provider>-<timestamp>.md (git-ignored) and stdout.
set -euo pipefail

PROVIDER="${1:-}"
case "$PROVIDER" in
  sqlite | postgres) ;;
  *) echo "usage: $0 sqlite|postgres" >&2; exit 2 ;;
esac

RATE="${RATE:-500}"
SECONDS_PER_PHASE="${SECONDS_PER_PHASE:-20}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
PACED_CONNECTIONS="${PACED_CONNECTIONS:-64}"
PG_FSYNC="${PG_FSYNC:-on}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NAME=webhooks
RESULTS_DIR="$ROOT/bench/results"
mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULT_FILE="$RESULTS_DIR/$NAME-$PROVIDER-$STAMP.md"
WORK="$(mktemp -d /tmp/wd-webhooks-bench.XXXXXX)"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
chmod 755 "$WORK"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

bench_install wrk
if [ "$PROVIDER" = postgres ]; then
  bench_postgres "$PG_FSYNC"
  QUERY_COMMAND="${PSQL[*]} -c \"{sql}\""
else
  QUERY_COMMAND="python3 -c \"import sqlite3, sys; print('|'.join(str(v) for v in sqlite3.connect('file:$WORK/app_data/walkingdrum.db?mode=ro', uri=True).execute(sys.argv[1]).fetchone()))\" \"{sql}\""
fi
bench_build src/WalkingDrum.Web/WalkingDrum.Web.csproj
PORT="$(bench_free_port)"
# The inbox is processed by the same server while the load runs, as in production.
bench_start_app app "$PORT"
log "App on :$PORT"

python3 bench/webhooks.py --provider "$PROVIDER" --port "$PORT" --query-command "$QUERY_COMMAND" --rate "$RATE" \
  --seconds "$SECONDS_PER_PHASE" --threads "$WRK_THREADS" --connections "$WRK_CONNECTIONS" --paced-connections "$PACED_CONNECTIONS" --lua bench/webhooks.lua \
  --workdir "$WORK" --results "$WORK/table.md" >/dev/null

{
  echo "## Webhook ingest benchmark — $PROVIDER"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ {print $2}') RAM; load average at start / end: $LOADAVG_START / $(cut -d' ' -f1-3 /proc/loadavg); wrk and the app share the 2 cores"
  echo "- .NET $(dotnet --version) SDK, Release build, ASPNETCORE_ENVIRONMENT=Production"
  [ -n "$PG_VERSION" ] && echo "- PostgreSQL $PG_VERSION on 127.0.0.1 (fsync $PG_FSYNC); the app connects as wd_bench_app with RLS enforced"
  [ "$PROVIDER" = sqlite ] && echo "- SQLite file in a fresh temp AppData (WAL)"
  echo "- command: \`RATE=$RATE SECONDS_PER_PHASE=$SECONDS_PER_PHASE WRK_THREADS=$WRK_THREADS WRK_CONNECTIONS=$WRK_CONNECTIONS PACED_CONNECTIONS=$PACED_CONNECTIONS bench/webhooks.sh $PROVIDER\`"
  echo
  cat "$WORK/table.md"
} >"$RESULT_FILE"
cp "$WORK/table.json" "${RESULT_FILE%.md}.json"
cat "$RESULT_FILE"
