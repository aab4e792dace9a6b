# Shared by the benchmark scripts (source it; it defines functions and variables only).
# Expects ROOT, WORK, RESULTS_DIR, NAME (the script's name, e.g. "webhooks") and STAMP.
#
#   bench_install wrk hey            install missing commands (and PostgreSQL) from Debian
#   bench_postgres [fsync]           throwaway PostgreSQL on 127.0.0.1 with an app role without
#                                    BYPASSRLS; sets APP_ENV, PG_CS, PSQL and PG_VERSION
#   bench_build PROJECT...           Release builds
#   bench_start_app NAME PORT ENV... the app on 127.0.0.1:PORT with its own AppData under WORK
#   bench_free_port                  a free loopback port
# An EXIT trap stops every server started here (and PostgreSQL) and keeps their logs on failure.

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

BENCH_PIDS=()
PGDATA=""
PGBIN=""
PG_RUN=()
APP_ENV=()
PG_CS=""
PSQL=()
PG_VERSION=""

bench_cleanup() {
  local status=$?
  for pid in "${BENCH_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$PGDATA" ]; then "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; fi
  if [ "$status" != 0 ]; then
    for log_file in "$WORK"/*.log; do [ -f "$log_file" ] && cp "$log_file" "$RESULTS_DIR/$NAME-$STAMP.$(basename "$log_file")"; done
    echo "Logs kept in $RESULTS_DIR/$NAME-$STAMP.*.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_install() {
  local packages=() command
  for command in "$@"; do command -v "$command" >/dev/null 2>&1 || packages+=("$command"); done
  if [ "${PROVIDER:-}" = postgres ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then packages+=(postgresql); fi
  if [ ${#packages[@]} -gt 0 ]; then
    log "Installing ${packages[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

bench_port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
bench_free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

bench_postgres() {
  local fsync="${1:-on}" port=55600 durability
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  for _ in $(seq 1 200); do bench_port_in_use "$port" || break; port=$((port + 1)); done
  PGDATA="$WORK/pgdata"
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; PG_RUN=(runuser -u postgres --); fi
  "${PG_RUN[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  durability="-c fsync=on -c synchronous_commit=on"
  [ "$fsync" = off ] && durability="-c fsync=off -c synchronous_commit=off"
  "${PG_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $port -k $PGDATA $durability -c max_connections=300" start >/dev/null
  local admin=("$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
  "${admin[@]}" -d postgres -c "CREATE ROLE wd_bench_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
  "${admin[@]}" -d postgres -c "CREATE DATABASE walkingdrum_bench"
  PG_VERSION="$("$PGBIN/postgres" --version | awk '{print $3}')"
  PG_CS="Host=127.0.0.1;Port=$port;Database=walkingdrum_bench"
  PSQL=("${admin[@]}" -d walkingdrum_bench)
  APP_ENV+=("Database__Provider=PostgreSql" "ConnectionStrings__PostgreSql=$PG_CS;Username=wd_bench_app"
    "ConnectionStrings__PostgreSqlMigrations=$PG_CS;Username=postgres" "Database__AppRole=wd_bench_app")
  log "PostgreSQL $PG_VERSION on 127.0.0.1:$port (fsync $fsync)"
}

bench_build() {
  log "Building Release"
  local project
  for project in "$@"; do
    dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  done
}

bench_wait_ready() {
  local url="$1" pid="$2" log_file="$3"
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || { echo "A server exited during startup:" >&2; tail -n 40 "$log_file" >&2; exit 1; }
    python3 -c 'import sys, urllib.request; sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)' "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$url was not ready within 120 s" >&2; exit 1
}

# bench_start_app NAME PORT [VAR=value...]: the app in Production on 127.0.0.1:PORT, AppData in WORK.
bench_start_app() {
  local name="$1" port="$2"
  shift 2
  local provider_env=("${APP_ENV[@]}")
  [ "${PROVIDER:-}" = postgres ] || provider_env+=("Database__Provider=Sqlite")
  (
    cd "$ROOT/src/WalkingDrum.Web"
    exec env "${provider_env[@]}" ASPNETCORE_ENVIRONMENT=Production AppData="$WORK/app_data" \
      Logging__LogLevel__Default=Warning RateLimiting__AuthPermitsPerMinute=1000000 "$@" \
      dotnet bin/Release/net10.0/WalkingDrum.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$WORK/$name.log" 2>&1 &
  BENCH_PIDS+=($!)
  bench_wait_ready "http://127.0.0.1:$port/health/ready" "$!" "$WORK/$name.log"
}
