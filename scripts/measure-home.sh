#!/usr/bin/env bash
# What the home page costs for each demo person: starts `java -jar target/vigie.jar` on a fresh demo,
# signs in the six people the home page is built for, warms each one's page, then measures it one
# request at a time with wrk (median, 95th and 99th percentile) beside a static file in the same run,
# the yardstick on a shared machine.
# Usage: scripts/measure-home.sh   (build first: ./mvnw -DskipTests package; needs wrk and curl)
# Environment: DURATION (wrk run per figure, default 10s), WARMUP (per page before measuring, default
# 20s), PORT (default 18082).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
duration="${DURATION:-10s}"
warmup="${WARMUP:-20s}"
port="${PORT:-18082}"
base="http://localhost:$port"
data="$(mktemp -d)"

VIGIE_DATA_DIR="$data/vigie" PORT="$port" java -jar target/vigie.jar >"$data/run.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fsS "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done

# wrk prints the median and the 95th and 99th percentiles, in milliseconds.
cat >"$data/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.1f %.1f %.1f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests))
end
LUA

sign_in() {
  local jar="$data/$1.cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=vigie-demo" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 == "VIGIE_SESSION" {print "VIGIE_SESSION=" $7}' "$jar"
}

people=(owner chair police office admin auditor)
declare -A cookie
for person in "${people[@]}"; do
  cookie[$person]=$(sign_in "$person")
  wrk -t1 -c2 -d"$warmup" -H "Cookie: ${cookie[$person]}" "$base/" >/dev/null
done
wrk -t1 -c2 -d"$warmup" -H "Cookie: ${cookie[owner]}" "$base/css/vigie.css" >/dev/null

measure() {
  wrk -t1 -c1 -d"$duration" -s "$data/percentiles.lua" -H "Cookie: $1" "$base$2" | tail -n 1
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| request | who | items listed | p50 / p95 / p99 (ms), one at a time | requests |"
echo "|---|---|---|---|---|"
read -r p50 p95 p99 n <<<"$(measure "${cookie[owner]}" /css/vigie.css)"
echo "| static file /css/vigie.css | owner | – | $p50 / $p95 / $p99 | $n |"
for person in "${people[@]}"; do
  items=$(curl -s -H "Cookie: ${cookie[$person]}" "$base/" | sed -n '/<ul class="waiting">/,/<\/ul>/p' | grep -c '<li' || true)
  read -r p50 p95 p99 n <<<"$(measure "${cookie[$person]}" /)"
  echo "| home page | $person | $items | $p50 / $p95 / $p99 | $n |"
done
