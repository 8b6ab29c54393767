#!/usr/bin/env bash
# What a request costs in CPU, which a busy shared machine disturbs less than throughput: starts
# `java -jar target/vigie.jar` on a fresh demo, signs in as `coordinator`, warms each address, then
# runs wrk on it and divides the CPU time used meanwhile by the application and its embedded
# PostgreSQL (every process under the JVM) by the number of requests answered.
# Usage: scripts/measure-request-cpu.sh [address...]   (build first: ./mvnw -DskipTests package)
# Environment: WARMUP (per address, default 40s), DURATION (default 8s), ROUNDS (default 2), PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
port="${PORT:-18082}"
base="http://localhost:$port"
data="$(mktemp -d)"
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/css/vigie.css /plans /)

VIGIE_DATA_DIR="$data/vigie" PORT="$port" java -jar target/vigie.jar >"$data/run.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fsS "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done

jar="$data/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | awk 'NR == 1')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=coordinator \
  --data-urlencode password=vigie-demo --data-urlencode "_csrf=$csrf" "$base/login"
cookie=$(awk '$6 == "VIGIE_SESSION" {print "VIGIE_SESSION=" $7}' "$jar")

# CPU ticks (user + system) of the JVM and every process below it.
ticks() {
  local all=("$pid") i=0 total=0
  while [ $i -lt ${#all[@]} ]; do
    for child in $(pgrep -P "${all[$i]}" || true); do all+=("$child"); done
    i=$((i + 1))
  done
  for p in "${all[@]}"; do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$total"
}

for path in "${paths[@]}"; do
  wrk -t2 -c8 -d"${WARMUP:-40s}" -H "Cookie: $cookie" "$base$path" >/dev/null
done
hz=$(getconf CLK_TCK)
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| address | who | req/s | CPU per request (µs) |"
echo "|---|---|---|---|"
for round in $(seq "${ROUNDS:-2}"); do
  for path in "${paths[@]}"; do
    for who in anonymous coordinator; do
      # Pages answer anonymous people with a redirect to sign in: only files and the sign-in page count.
      [ "$who" = anonymous ] && [[ "$path" != /css/* && "$path" != /js/* && "$path" != /login ]] && continue
      header=()
      [ "$who" = coordinator ] && header=(-H "Cookie: $cookie")
      before=$(ticks)
      out=$(wrk -t2 -c16 -d"${DURATION:-8s}" "${header[@]}" "$base$path")
      after=$(ticks)
      n=$(echo "$out" | awk '/requests in/ {print $1}')
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      echo "| $path | $who | $rps | $(( (after - before) * 1000000 / hz / n )) |"
    done
  done
done
