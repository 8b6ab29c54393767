#!/usr/bin/env bash
# Measures how long `java -jar target/vigie.jar` takes to start and how much memory it then uses,
# on a first start (empty data directory) and on later starts (existing cluster). Ready means the
# readiness probe answers: the demo, on a first start, is written by then.
# Usage: scripts/measure-start.sh [runs] [jar|fast]   (build first: ./mvnw -DskipTests package)
#   jar   java -jar target/vigie.jar (default)
#   fast  the extracted application with its class data sharing archive (scripts/prepare-fast-start.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
case "${2:-jar}" in
  jar) launch=(java -jar target/vigie.jar) ;;
  fast) launch=(java -XX:SharedArchiveFile=target/fast-start/vigie.jsa -Xshare:auto -jar target/fast-start/vigie.jar) ;;
  *) echo "launch mode: jar or fast" >&2; exit 2 ;;
esac
data="$(mktemp -d)"
port=18080
trap 'rm -rf "$data"' EXIT

one_start() {
  local log="$data/run.log"
  local began; began=$(date +%s%N)
  VIGIE_DATA_DIR="$data/vigie" PORT=$port "${launch[@]}" >"$log" 2>&1 &
  local pid=$!
  until curl -fsS "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.1; done
  local ready; ready=$(( ($(date +%s%N) - began) / 1000000 ))
  sleep 2
  local java_rss; java_rss=$(ps -o rss= -p "$pid")
  local pg_rss; pg_rss=$(ps -eo rss=,args= | awk -v dir="$data/vigie/postgres" 'index($0, dir) || /postgres: /{s+=$1} END{print s+0}')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ready $((java_rss / 1024)) $((pg_rss / 1024))"
}

echo "kind ready_ms java_rss_mib postgres_rss_mib"
echo "first $(one_start)"
for _ in $(seq "$runs"); do echo "later $(one_start)"; done
