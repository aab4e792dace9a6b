#!/usr/bin/env bash
# Runs every test project twice, on SQLite and on PostgreSQL, and ends with one line:
# "N passed, N failed, N skipped". Installs PostgreSQL and Chromium from Debian when missing,
# starts a throwaway PostgreSQL on loopback and stops it again, whatever happens.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOG_DIR="$ROOT/artifacts/test"
mkdir -p "$LOG_DIR"
export WALKINGDRUM_ARTIFACTS="$ROOT/artifacts"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local packages=()
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
  if [ ${#packages[@]} -gt 0 ]; then
    echo "Installing ${packages[*]} from Debian…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

PGDATA=""
PG_RUN=()
PGBIN=""
start_postgres() {
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  PGPORT="${WALKINGDRUM_TEST_PGPORT:-55432}"
  while (echo >"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
  PGDATA="$(mktemp -d)"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; PG_RUN=(runuser -u postgres --); fi
  "${PG_RUN[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export WALKINGDRUM_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
}

stop_postgres() {
  if [ -n "$PGDATA" ]; then
    "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
  fi
}
trap stop_postgres EXIT

install_missing
start_postgres

dotnet tool restore >/dev/null
if ! dotnet build WalkingDrum.sln -c Release -nologo -v quiet 2>&1 | tee "$LOG_DIR/build.log" | grep -E "error|Build succeeded" | sort -u; then :; fi
if grep -q " error " "$LOG_DIR/build.log" || ! grep -q "Build succeeded" "$LOG_DIR/build.log"; then
  echo "Build failed (see $LOG_DIR/build.log)."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

status=0
: >"$LOG_DIR/all.log"
for db in sqlite postgres; do
  echo "== Tests on $db"
  WALKINGDRUM_TEST_DB=$db dotnet test WalkingDrum.sln -c Release --no-build -nologo \
    --logger "console;verbosity=minimal" --results-directory "$LOG_DIR/$db" 2>&1 | tee "$LOG_DIR/$db.log" || status=1
  cat "$LOG_DIR/$db.log" >>"$LOG_DIR/all.log"
done

# An aborted test host reports no counts, so it counts as one failure.
awk '/^(Passed|Failed)! +- Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8 }
     /Test Run Aborted/ { f += 1 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0) }' "$LOG_DIR/all.log" || status=1
exit $status
