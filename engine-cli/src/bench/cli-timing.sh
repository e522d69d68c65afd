#!/usr/bin/env bash
# Wall time of one-shot CLI commands, as cron sees them (a fresh JVM each time): `--help`, and `cycle --dry-run` on
# the sandbox with a state directory that already exists. RUNS runs each (default 10); prints min, median and max.
#
#   engine-cli/src/bench/cli-timing.sh [RUNS]      (after ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-10}
jar=engine-cli/target/engine-cli.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
    local name=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start=$(date +%s%N)
        java -jar "$jar" "$@" > /dev/null 2>&1 || [ $? -eq 2 ]
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "$name: min ${sorted[0]} ms, median ${sorted[$(( runs / 2 ))]} ms, max ${sorted[$(( runs - 1 ))]} ms ($runs runs)"
}

java -jar "$jar" cycle --dry-run --state-dir "$work/state" > /dev/null 2>&1 || true
measure "engine-cli --help" --help
measure "engine-cli cycle --dry-run (sandbox)" cycle --dry-run --state-dir "$work/state"
