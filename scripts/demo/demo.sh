#!/usr/bin/env bash
# The main job on a fresh machine (README): build, services up, migrations, the multilingual
# demo, then the api and the worker, until Ctrl-C. DEMO_EXIT_WHEN_READY=1 stops once all is up.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ -z "${JWT_SECRET:-}" ] && ! grep -qs '^JWT_SECRET=' .env; then
  # The api signs tokens with this key; keep it private (.env is not committed).
  echo "JWT_SECRET=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")" >>.env
fi
if [ -f .env ]; then set -a && . ./.env && set +a; fi

LOGS=.demo/logs
mkdir -p "$LOGS"
step() { printf '\n==> %s\n' "$*"; }

step "Building"
npm run --silent build
step "Services (PostgreSQL, Redis, Elasticsearch)"
npm run --silent services -- up
step "Database migrations"
npm run --silent migrate
step "Multilingual demo (organisations, users, published postings, demo index)"
npm run --silent cli -- demo

step "Starting the worker and the api (logs in $LOGS/)"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
node dist/apps/worker/src/main.js >>"$LOGS/worker.log" 2>&1 &
pids+=($!)
node dist/apps/api/src/main.js >>"$LOGS/api.log" 2>&1 &
pids+=($!)

base="http://${API_HOST:-127.0.0.1}:${API_PORT:-3000}"
for _ in $(seq 1 60); do
  curl -fsS -m 2 "$base/health/ready" >/dev/null 2>&1 && break
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$LOGS"/*.log; echo "a process exited early; logs in $LOGS/" >&2; exit 1; }
  done
  sleep 1
done
curl -fsS -m 5 "$base/health/ready" >/dev/null || { tail -n 30 "$LOGS/api.log"; exit 1; }

step "A ranked, explained match list: a Chinese demand, offers in other languages"
npm run --silent cli -- matches demand '寻求工业废水重金属去除技术' --wait 90 | tee "$LOGS/matches.txt"
demand_path=$(grep -o '/api/v1/demands/[^ ]*/matches' "$LOGS/matches.txt" | head -1)

es="${ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
cat <<MSG

Everything is up. Look at:
  $base/docs             the API (OpenAPI UI; JSON at $base/docs-json)
  $base/health/ready     PostgreSQL, Redis and Elasticsearch, each reported
  $base/metrics          Prometheus metrics (HTTP latencies, queue depths)
  $es/${ELASTICSEARCH_INDEX_PREFIX:-ttm}-demo/_search?q=title.zh:废水&pretty
                         the demo index: one analyzed sub-field per language

Try the API as the demo broker (logins above):
  token=\$(curl -s $base/api/v1/auth/login -H 'content-type: application/json' \\
    -d '{"email":"broker@demo.ttm","password":"demo-broker-password"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
  curl -s "$base/api/v1/offers?pageSize=5" -H "authorization: Bearer \$token"
  curl -s "$base$demand_path" -H "authorization: Bearer \$token"          # the list above, as JSON
  curl -s "$base/api/v1/search/offers?q=%E5%BA%9F%E6%B0%B4" -H "authorization: Bearer \$token"   # search in any language

Queue dashboard (admins): $base/admin/queues. Ctrl-C stops the api and the worker;
'npm run services -- down' stops the services this project started.
MSG

[ "${DEMO_EXIT_WHEN_READY:-0}" = 1 ] && exit 0
wait -n "${pids[@]}"
