#!/usr/bin/env bash
# What a request costs: starts `java -jar target/vigie.jar` on a fresh demo, signs in as demo people,
# and measures with wrk (a) throughput, 2 threads and 16 connections, and (b) latency one request at
# a time, for a static file (anonymous and signed in) and for signed-in pages. The static file is the
# yardstick of the same run: the machine is shared, so compare ratios rather than absolute figures.
# Usage: scripts/measure-requests.sh   (build first: ./mvnw -DskipTests package; needs wrk and curl)
# Environment: DURATION (wrk run per figure, default 8s), WARMUP (per address before measuring,
# default 10s: on two cores the JIT compiler is still busy for a minute or more), PORT (default 18081).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
duration="${DURATION:-8s}"
warmup="${WARMUP:-10s}"
port="${PORT:-18081}"
base="http://localhost:$port"
data="$(mktemp -d)"

VIGIE_DATA_DIR="$data/vigie" PORT="$port" java -jar target/vigie.jar >"$data/run.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fsS "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done

# Signs a demo person in and prints the session cookie.
sign_in() {
  local jar="$data/$1.cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=vigie-demo" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 == "VIGIE_SESSION" {print "VIGIE_SESSION=" $7}' "$jar"
}

# The first address on a page that matches a pattern, such as a plan's or a table's.
first_link() {
  curl -s -H "Cookie: $1" "$base$2" | grep -o "href=\"$3\"" | head -n 1 | sed 's/href="\(.*\)"/\1/'
}

throughput() {
  local cookie="$1" path="$2"
  wrk -t2 -c16 -d"$duration" ${cookie:+-H "Cookie: $cookie"} "$base$path" | awk '/Requests\/sec/ {print $2}'
}

# Median and 99th percentile, one request at a time, in milliseconds.
latency() {
  local cookie="$1" path="$2"
  wrk -t1 -c1 -d"$duration" --latency ${cookie:+-H "Cookie: $cookie"} "$base$path" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)} END {printf "%.1f %.1f", p50, p99}'
}

coordinator=$(sign_in coordinator)
office=$(sign_in office)
chair=$(sign_in chair)
plan=$(first_link "$coordinator" /plans '/plans/[0-9a-f-]\{36\}')
table=$(first_link "$chair" /situation-tables '/situation-tables/[0-9a-f-]\{36\}')

paths=(/css/vigie.css /login / /plans /indicators "$plan" /complaint-files "$table")
cookies=("" "" "$coordinator" "$coordinator" "$coordinator" "$coordinator" "$office" "$chair")
for i in "${!paths[@]}"; do
  wrk -t2 -c4 -d"$warmup" ${cookies[$i]:+-H "Cookie: ${cookies[$i]}"} "$base${paths[$i]}" >/dev/null
done

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| request | who | wrk -t2 -c16 (req/s) | one at a time p50 / p99 (ms) |"
echo "|---|---|---|---|"
row() {
  local label="$1" who="$2" cookie="$3" path="$4"
  read -r p50 p99 <<<"$(latency "$cookie" "$path")"
  echo "| $label | $who | $(throughput "$cookie" "$path") | $p50 / $p99 |"
}
row "static file /css/vigie.css" anonymous "" /css/vigie.css
row "static file /css/vigie.css" coordinator "$coordinator" /css/vigie.css
row "sign-in page" anonymous "" /login
row "home page" coordinator "$coordinator" /
row "/plans" coordinator "$coordinator" /plans
row "/indicators" coordinator "$coordinator" /indicators
row "tree of the demo's first plan" coordinator "$coordinator" "$plan"
row "complaint files of the office" office "$office" /complaint-files
row "situation table page" chair "$chair" "$table"

echo
home=$(curl -s -H "Cookie: $coordinator" -o /dev/null -w '%{size_download}' "$base/")
home_gz=$(curl -s -H "Cookie: $coordinator" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base/")
htmx=$(curl -s -o /dev/null -w '%{size_download}' "$base/webjars/htmx.org/dist/htmx.min.js")
htmx_gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base/webjars/htmx.org/dist/htmx.min.js")
echo "home page HTML: $home bytes, $home_gz compressed; htmx.min.js: $htmx bytes, $htmx_gz compressed"
