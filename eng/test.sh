#!/usr/bin/env bash
# Runs every test project twice, on SQLite and on PostgreSQL, and ends with one line:
# "N passed, N failed, N skipped". Installs PostgreSQL, Chromium and Node.js from Debian when
# missing and maildev (an SMTP server with a REST API) from npm into a cache outside the repo,
# starts a throwaway PostgreSQL and maildev on loopback and stops both again, whatever happens.
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
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
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
free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# maildev 3 needs a Node.js that can require() ES modules (20.19+, 22.12+); Debian bookworm's is
# 18, so then a Node.js 22 from the npm registry's node-linux-* package runs it.
MAILDEV_VERSION=3.0.0
MAILDEV_HOME="${XDG_CACHE_HOME:-$HOME/.cache}/walkingdrum/maildev"
MAILDEV_NODE=node
MAILDEV_DIR=""
MAILDEV_PID=""
install_maildev() {
  # eng/maildev's lock file pins maildev and every dependency; the cache is reused while it matches.
  if ! cmp -s "$ROOT/eng/maildev/package-lock.json" "$MAILDEV_HOME/package-lock.json" \
     || [ ! -f "$MAILDEV_HOME/node_modules/maildev/package.json" ]; then
    echo "Installing maildev $MAILDEV_VERSION from npm into $MAILDEV_HOME…"
    mkdir -p "$MAILDEV_HOME"
    cp "$ROOT/eng/maildev/package.json" "$ROOT/eng/maildev/package-lock.json" "$MAILDEV_HOME/"
    npm ci --prefix "$MAILDEV_HOME" --no-audit --no-fund --loglevel=error >/dev/null || return 1
  fi
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number);
                process.exit(a > 22 || (a === 22 && b >= 12) || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null; then
    local arch node_home
    arch="$(uname -m)"; arch="${arch/x86_64/x64}"; arch="${arch/aarch64/arm64}"
    node_home="$(dirname "$MAILDEV_HOME")/node"
    if [ ! -x "$node_home/node_modules/.bin/node" ]; then
      echo "Node.js $(node --version) is too old for maildev; installing node-linux-$arch@22 from npm into $node_home…"
      npm install --prefix "$node_home" "node-linux-$arch@22" --no-audit --no-fund --loglevel=error >/dev/null || return 1
    fi
    MAILDEV_NODE="$node_home/node_modules/.bin/node"
  fi
}

start_maildev() {
  local smtp_port=51025 web_port
  MAILDEV_DIR="$(mktemp -d)"
  for _ in 1 2 3 4 5; do
    smtp_port="$(free_port "$smtp_port")"
    web_port="$(free_port $((smtp_port + 1)))"
    "$MAILDEV_NODE" "$MAILDEV_HOME/node_modules/maildev/dist/bin/maildev.js" --ip 127.0.0.1 --smtp "$smtp_port" \
      --web-ip 127.0.0.1 --web "$web_port" --mail-directory "$MAILDEV_DIR" >"$LOG_DIR/maildev.log" 2>&1 &
    MAILDEV_PID=$!
    # Ready once it prints its banner; a port taken meanwhile makes it exit, and the next ports are tried.
    for _ in $(seq 1 150); do
      if grep -q "Press Ctrl+C to stop" "$LOG_DIR/maildev.log" && kill -0 "$MAILDEV_PID" 2>/dev/null \
        && (echo >"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; then
        export WALKINGDRUM_TEST_SMTP="127.0.0.1:$smtp_port"
        export WALKINGDRUM_TEST_MAILDEV="http://127.0.0.1:$web_port"
        echo "maildev $MAILDEV_VERSION on $WALKINGDRUM_TEST_SMTP (SMTP) and $WALKINGDRUM_TEST_MAILDEV (API)"
        return 0
      fi
      kill -0 "$MAILDEV_PID" 2>/dev/null || break
      sleep 0.1
    done
    stop_maildev_process
    smtp_port=$((web_port + 1))
  done
  echo "maildev did not start:"; cat "$LOG_DIR/maildev.log"
  return 1
}

stop_maildev_process() {
  if [ -n "$MAILDEV_PID" ]; then
    kill "$MAILDEV_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$MAILDEV_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$MAILDEV_PID" 2>/dev/null
    wait "$MAILDEV_PID" 2>/dev/null
    MAILDEV_PID=""
  fi
}

cleanup() {
  stop_maildev_process
  [ -z "$MAILDEV_DIR" ] || rm -rf "$MAILDEV_DIR"
  stop_postgres
}
trap cleanup EXIT

install_missing
start_postgres
if ! { install_maildev && start_maildev; }; then
  echo "Could not start maildev, which the email tests send to."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

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
