#!/usr/bin/env bash
# Prepares target/vigie.jar to start fast: extracts it (classes then load from plain jars instead of
# jars nested in one archive) and records a class data sharing archive in a training start that stops
# once the application context is ready. Start the result with:
#   java -XX:SharedArchiveFile=target/fast-start/vigie.jsa -jar target/fast-start/vigie.jar
# The archive belongs to this build and this JDK: prepare again after each build or JDK upgrade (a
# stale archive is ignored by the JVM, which then starts as usual, only slower).
# Usage: scripts/prepare-fast-start.sh   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/fast-start
rm -rf "$out"
java -Djarmode=tools -jar target/vigie.jar extract --destination "$out" >/dev/null
training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT
# The training start runs on a throwaway demo data directory and a free port, and exits after refresh.
VIGIE_DATA_DIR="$training" PORT=0 java -XX:ArchiveClassesAtExit="$out/vigie.jsa" \
  -Dspring.context.exit=onRefresh -jar "$out/vigie.jar" >"$training/training.log" 2>&1 || {
  cat "$training/training.log" >&2
  exit 1
}
echo "Prepared $out: start with java -XX:SharedArchiveFile=$out/vigie.jsa -jar $out/vigie.jar"
