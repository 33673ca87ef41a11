#!/usr/bin/env bash
# Local services for development and tests, without Docker:
#   Elasticsearch (Maven Central integ-test zip + our analysis plugin), Redis, PostgreSQL.
#
#   npm run services -- up       start what is missing, reuse what already listens
#   npm run services -- down     stop only what this script started
#   npm run services -- status   one line per service
#
# Everything downloaded or built lives in a cache outside the work tree (see TTM_CACHE_DIR),
# keyed by version, so a second `up` is fast. Settings come from the environment, with the
# defaults below; the same variables are documented in README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
# shellcheck source=versions.env
source "$HERE/versions.env"

if [ "$(id -u)" -eq 0 ]; then DEFAULT_CACHE=/var/cache/ttm-services; else DEFAULT_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/ttm-services"; fi
CACHE="${TTM_CACHE_DIR:-$DEFAULT_CACHE}"
STATE="$CACHE/state"                       # what this script started: one file per service
ES_PORT="${TTM_ES_PORT:-9200}"
ES_TRANSPORT_PORT="${TTM_ES_TRANSPORT_PORT:-9300}"
ES_HEAP="${TTM_ES_HEAP:-1g}"
ES_USER="${TTM_ES_USER:-ttm-es}"           # Elasticsearch refuses to run as root
REDIS_PORT="${TTM_REDIS_PORT:-6379}"
PG_PORT="${TTM_PG_PORT:-5432}"
PG_DATABASE="${TTM_PG_DATABASE:-ttm}"
ES_DIR="$CACHE/elasticsearch-$ES_VERSION"
ES_HOME="$ES_DIR/home"
ES_RUN="$ES_DIR/run"
ES_URL="http://127.0.0.1:$ES_PORT"

say() { printf '[services] %s\n' "$*"; }
fail() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# A TCP port accepts connections on 127.0.0.1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

apt_install() {
  is_root || fail "missing $*; install it (Debian: sudo apt-get install -y $*) and run again"
  say "installing $* from Debian packages"
  if ! apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null ||
      fail "apt-get install $* failed"
  fi
}

# ---------------------------------------------------------------- Redis
redis_cmd() { # send one inline command, print the first reply line(s)
  local port=$1; shift
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s\r\n' "$*" >&3
  local line out=""
  IFS= read -r -t 3 line <&3 || true
  out="${line%$'\r'}"
  if [[ "$out" == \** ]]; then # array reply: read "count" bulk strings
    local n=${out#\*} i
    out=""
    for ((i = 0; i < n; i++)); do
      IFS= read -r -t 3 line <&3 || break
      IFS= read -r -t 3 line <&3 || break
      out+="${line%$'\r'} "
    done
  fi
  exec 3>&-
  printf '%s\n' "${out% }"
}

redis_up() {
  if ! listening "$REDIS_PORT"; then
    command -v redis-server >/dev/null || apt_install redis-server
    mkdir -p "$CACHE/redis"
    say "starting Redis on 127.0.0.1:$REDIS_PORT"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$CACHE/redis" \
      --pidfile "$CACHE/redis/redis.pid" --logfile "$CACHE/redis/redis.log" \
      --save "" --appendonly no --maxmemory-policy noeviction </dev/null >/dev/null 2>&1 9>&-
    for _ in $(seq 1 50); do listening "$REDIS_PORT" && break; sleep 0.1; done
    listening "$REDIS_PORT" || fail "Redis did not start; see $CACHE/redis/redis.log"
    echo "$CACHE/redis/redis.pid" >"$STATE/redis"
  fi
  [ "$(redis_cmd "$REDIS_PORT" PING)" = "+PONG" ] || fail "something listens on 127.0.0.1:$REDIS_PORT but does not answer Redis PING"
  local policy
  policy="$(redis_cmd "$REDIS_PORT" CONFIG GET maxmemory-policy | awk '{print $2}')"
  if [ "$policy" != "noeviction" ]; then
    fail "Redis on 127.0.0.1:$REDIS_PORT has maxmemory-policy=${policy:-unknown}; BullMQ needs noeviction or it silently loses jobs.
  Fix it now:      redis-cli -p $REDIS_PORT CONFIG SET maxmemory-policy noeviction
  and keep it:     set 'maxmemory-policy noeviction' in redis.conf"
  fi
}

redis_status() {
  if listening "$REDIS_PORT" && [ "$(redis_cmd "$REDIS_PORT" PING)" = "+PONG" ]; then
    local policy
    policy="$(redis_cmd "$REDIS_PORT" CONFIG GET maxmemory-policy | awk '{print $2}')"
    echo "redis          up    redis://127.0.0.1:$REDIS_PORT  maxmemory-policy=$policy  $(owner redis)"
  else
    echo "redis          down  redis://127.0.0.1:$REDIS_PORT"
  fi
}

redis_down() {
  [ -f "$STATE/redis" ] || return 0
  local pidfile pid
  pidfile="$(cat "$STATE/redis")"
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  [ -n "$pid" ] && stop_pid "$pid" redis
  rm -f "$STATE/redis"
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin() { # directory of the newest installed server binaries
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$d" ] && echo "$d"
}

psql_admin() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "${TTM_PG_ADMIN_USER:-postgres}" -d postgres -v ON_ERROR_STOP=1 "$@"; }

pg_up() {
  if ! listening "$PG_PORT"; then
    command -v pg_lsclusters >/dev/null || [ -n "$(pg_bin)" ] || apt_install postgresql
    local cluster
    cluster="$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p {print $1" "$2; exit}')"
    if [ -n "$cluster" ] && is_root; then
      say "starting the Debian PostgreSQL cluster $cluster"
      # shellcheck disable=SC2086
      pg_ctlcluster --skip-systemctl-redirect $cluster start </dev/null >/dev/null 9>&-
      echo "cluster $cluster" >"$STATE/postgres"
    else
      pg_own_cluster
    fi
    for _ in $(seq 1 100); do listening "$PG_PORT" && break; sleep 0.1; done
    listening "$PG_PORT" || fail "PostgreSQL did not start on 127.0.0.1:$PG_PORT"
  fi
  command -v psql >/dev/null || apt_install postgresql-client
  for _ in $(seq 1 50); do psql_admin -c 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
  psql_admin -c 'select 1' >/dev/null 2>&1 ||
    fail "cannot connect to PostgreSQL at 127.0.0.1:$PG_PORT as ${TTM_PG_ADMIN_USER:-postgres} (set TTM_PG_ADMIN_USER, or PGPASSWORD for password auth)"
  if [ "$(psql_admin -tAc "select 1 from pg_database where datname = '$PG_DATABASE'")" != "1" ]; then
    say "creating database $PG_DATABASE"
    psql_admin -c "create database \"$PG_DATABASE\"" >/dev/null
  fi
}

pg_own_cluster() { # a private cluster in the cache, trust auth on loopback only
  local bin data="$CACHE/postgres/data" owner
  bin="$(pg_bin)" || fail "PostgreSQL server binaries not found"
  owner="$(id -un)"
  is_root && owner=postgres && { id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres; }
  mkdir -p "$CACHE/postgres"
  is_root && chown "$owner" "$CACHE/postgres"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "initialising a PostgreSQL cluster in $data"
    as_user "$owner" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_user "$owner" "$bin/pg_ctl" -D "$data" -l "$CACHE/postgres/postgres.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $CACHE/postgres" start </dev/null >/dev/null 9>&-
  echo "own $data" >"$STATE/postgres"
}

pg_status() {
  if listening "$PG_PORT"; then
    echo "postgres       up    postgres://127.0.0.1:$PG_PORT/$PG_DATABASE  $(owner postgres)"
  else
    echo "postgres       down  postgres://127.0.0.1:$PG_PORT"
  fi
}

pg_down() {
  [ -f "$STATE/postgres" ] || return 0
  local kind what
  read -r kind what <"$STATE/postgres"
  if [ "$kind" = cluster ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $what stop || true
  else
    local owner
    owner="$(stat -c %U "$what")"
    as_user "$owner" "$(pg_bin)/pg_ctl" -D "$what" -m fast -w stop >/dev/null || true
  fi
  say "stopped PostgreSQL"
  rm -f "$STATE/postgres"
}

# ---------------------------------------------------------------- Elasticsearch
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

pick_jdk() { # a JDK (with javac, to build our plugin) no older than ES_MIN_JAVA
  local j v
  for j in ${TTM_ES_JAVA_HOME:-} /usr/lib/jvm/java-"$ES_MIN_JAVA"-openjdk-* /usr/lib/jvm/*; do
    [ -x "$j/bin/java" ] && [ -x "$j/bin/javac" ] || continue
    v="$(java_major "$j")"
    [ -n "$v" ] && [ "$v" -ge "$ES_MIN_JAVA" ] && { echo "$j"; return 0; }
  done
  return 1
}

as_user() { # run a command as another user when we are root
  local user=$1; shift
  if is_root && [ "$user" != root ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

es_fetch() { # download the integ-test zip from Maven Central once, unzip, build and install our plugin
  local jdk=$1 plugin_key plugin_dir
  plugin_key="$(cd "$REPO/tools/es-analysis" && find . -type f -not -path './target/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
  plugin_dir="$ES_DIR/plugin-$plugin_key"
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    command -v mvn >/dev/null || apt_install maven
    command -v unzip >/dev/null || apt_install unzip
    say "downloading Elasticsearch $ES_VERSION (integ-test zip) from Maven Central"
    mkdir -p "$ES_DIR"
    mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$M2_REPO" "$MAVEN_DEPENDENCY_PLUGIN:get" -Dtransitive=false \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" >"$ES_DIR/download.log" 2>&1 || {
      tail -n 30 "$ES_DIR/download.log" >&2
      fail "could not download Elasticsearch $ES_VERSION from Maven Central (log: $ES_DIR/download.log)"
    }
    rm -rf "$ES_DIR/unpack" && mkdir -p "$ES_DIR/unpack"
    unzip -q "$M2_REPO/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip" -d "$ES_DIR/unpack"
    rm -rf "$ES_HOME" && mv "$ES_DIR/unpack/elasticsearch-$ES_VERSION" "$ES_HOME" && rmdir "$ES_DIR/unpack"
    rm -f "$ES_DIR"/plugin-*/.installed
  fi
  if [ ! -f "$plugin_dir/.installed" ]; then
    say "building the ttm-analysis plugin (key $plugin_key)"
    rm -rf "$plugin_dir"
    JAVA_HOME="$jdk" bash "$REPO/tools/es-analysis/build.sh" "$ES_HOME" "$M2_REPO" "$plugin_dir" ||
      fail "building the analysis plugin failed"
    rm -rf "$ES_HOME/plugins/ttm-analysis"
    cp -r "$plugin_dir" "$ES_HOME/plugins/ttm-analysis"
    rm -f "$ES_DIR"/plugin-*/.installed
    touch "$plugin_dir/.installed"
  fi
}

es_configure() {
  mkdir -p "$ES_RUN"/{data,logs,tmp}
  cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
# Written by scripts/services/services.sh; production settings live in docker/.
cluster.name: ttm-local
node.name: ttm-local-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
path.data: $ES_RUN/data
path.logs: $ES_RUN/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" >"$ES_HOME/config/jvm.options.d/heap.options"
  if is_root; then
    id -u "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER": "$ES_HOME" "$ES_RUN"
  fi
}

es_healthy() { curl -fsS -m 2 "$ES_URL/_cluster/health" >/dev/null 2>&1; }

es_check_analysis() { # the analyzers our mappings rely on must exist, whoever runs this Elasticsearch
  local name
  for name in smartcn russian arabic thai; do
    curl -fsS -m 10 -H 'content-type: application/json' "$ES_URL/_analyze" \
      -d "{\"analyzer\":\"$name\",\"text\":\"test\"}" >/dev/null 2>&1 ||
      fail "Elasticsearch at $ES_URL has no '$name' analyzer: install the analysis-smartcn and analysis-icu plugins, or stop it and let this script start its own"
  done
}

es_up() {
  command -v curl >/dev/null || apt_install curl
  if es_healthy; then es_check_analysis; return 0; fi
  listening "$ES_PORT" && fail "port $ES_PORT is taken by something that is not Elasticsearch"
  local jdk started
  jdk="$(pick_jdk)" || { apt_install "openjdk-$ES_MIN_JAVA-jdk-headless"; jdk="$(pick_jdk)" || fail "no JDK >= $ES_MIN_JAVA found under /usr/lib/jvm (set TTM_ES_JAVA_HOME)"; }
  es_fetch "$jdk"
  es_configure
  say "starting Elasticsearch $ES_VERSION on $ES_URL (JDK $(java_major "$jdk"), heap $ES_HEAP)"
  started=$(date +%s)
  rm -f "$ES_RUN/es.pid"
  if ! as_user "$ES_USER" env ES_JAVA_HOME="$jdk" ES_TMPDIR="$ES_RUN/tmp" ES_JAVA_OPTS="${TTM_ES_JAVA_OPTS:-}" \
    "$ES_HOME/bin/elasticsearch" -d -p "$ES_RUN/es.pid" </dev/null >"$ES_RUN/launch.log" 2>&1 9>&-; then
    tail -n 40 "$ES_RUN/launch.log" >&2
    tail -n 40 "$ES_RUN/logs/ttm-local.log" >&2 2>/dev/null || true
    fail "Elasticsearch failed to start (logs in $ES_RUN)"
  fi
  echo "$ES_RUN/es.pid" >"$STATE/elasticsearch"
  for _ in $(seq 1 120); do
    curl -fsS -m 2 "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && break
    sleep 1
  done
  es_healthy || fail "Elasticsearch did not become healthy in 120 s (logs in $ES_RUN/logs)"
  es_check_analysis
  say "Elasticsearch ready in $(($(date +%s) - started)) s"
}

es_status() {
  if es_healthy; then
    local health
    health="$(curl -fsS -m 2 "$ES_URL/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
    echo "elasticsearch  up    $ES_URL  status=$health  $(owner elasticsearch)"
  else
    echo "elasticsearch  down  $ES_URL"
  fi
}

es_down() {
  [ -f "$STATE/elasticsearch" ] || return 0
  local pid
  pid="$(cat "$(cat "$STATE/elasticsearch")" 2>/dev/null || true)"
  [ -n "$pid" ] && stop_pid "$pid" elasticsearch 60
  rm -f "$STATE/elasticsearch"
}

# ---------------------------------------------------------------- common
# Daemons are started with `9>&-` so they do not inherit the lock on fd 9 (see main), and with
# their output in files, so a caller reading our output (jest, CI) is not held open by them.
owner() { if [ -f "$STATE/$1" ]; then echo "(started by this script)"; else echo "(already running; not ours)"; fi; }

stop_pid() { # TERM, wait, then KILL
  local pid=$1 name=$2 wait=${3:-20} i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < wait * 10; i++)); do kill -0 "$pid" 2>/dev/null || { say "stopped $name"; return 0; }; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  say "killed $name (did not stop within ${wait}s)"
}

main() {
  local cmd=${1:-status}
  mkdir -p "$STATE"
  M2_REPO="${TTM_M2_REPO:-$HOME/.m2/repository}"
  case "$cmd" in
    up)
      exec 9>"$CACHE/.lock"
      flock -w 600 9 || fail "another 'services up/down' holds $CACHE/.lock"
      pg_up
      redis_up
      es_up
      status
      ;;
    down)
      exec 9>"$CACHE/.lock"
      flock -w 600 9 || fail "another 'services up/down' holds $CACHE/.lock"
      es_down
      redis_down
      pg_down
      ;;
    status) status ;;
    *) fail "usage: services.sh up|down|status" ;;
  esac
}

status() { pg_status; redis_status; es_status; }

main "$@"
