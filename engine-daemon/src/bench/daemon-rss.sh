#!/usr/bin/env bash
# Daemon memory under load: the sandbox with N tokens (default 1000) trading at 100 trades/s of simulated time, sped
# up so that an hour of trading takes MINUTES of wall time (default 6: speed 10). Prints start-to-ready time and the
# daemon's RSS every 20 s. Heap limit: $HEAP (default 128m, as in the systemd unit). Loopback only, bounded in time.
#
#   engine-daemon/src/bench/daemon-rss.sh [TOKENS] [MINUTES]     (after ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
tokens=${1:-1000}
minutes=${2:-6}
speed=$(( 60 / minutes ))
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cat > "$work/engine.yaml" <<YAML
sandbox:
  tokens: $tokens
  tradesPerSecond: 100
  speed: $speed
  faultRate: 0.05
http:
  port: 0
YAML
start=$(date +%s%N)
java -Xmx"${HEAP:-128m}" -XX:+ExitOnOutOfMemoryError -jar engine-daemon/target/engine-daemon.jar --config "$work/engine.yaml" \
    --state-dir "$work/state" > "$work/daemon.log" 2>&1 &
pid=$!
until grep -q "dashboard" "$work/daemon.log"; do
    kill -0 "$pid" || { cat "$work/daemon.log"; exit 1; }
    sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
port=$(grep -o "dashboard *http://127.0.0.1:[0-9]*" "$work/daemon.log" | grep -o "[0-9]*$")
echo "tokens=$tokens speed=$speed start-to-ready=${ready}ms"
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
    sleep 20
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    burns=$(curl -s "127.0.0.1:$port/burns?limit=1" | grep -o '"totalBurns":[0-9]*' | cut -d: -f2)
    echo "t=$(( minutes * 60 - end + $(date +%s) ))s rss=$(( rss / 1024 ))MiB burns=$burns"
done
grep -c "COMPLETED\|PARTIAL\|FAILED" "$work/daemon.log" | xargs echo "cycles logged:"
kill "$pid"; wait "$pid" || true
