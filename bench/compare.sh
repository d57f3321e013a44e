#!/usr/bin/env bash
# Arca and PyKMIP's server side by side on this machine, under the same load from `arca bench`.
#
#   bench/compare.sh                 the full comparison (about 9 minutes on 2 cores)
#   QUICK=1 bench/compare.sh         a check that everything runs (about 3 minutes)
#
# It starts Arca (the distribution, as `./arca server`, on free 127.0.0.1 ports with a new data
# directory) and PyKMIP's server (interop/pykmip/run_pykmip_server.sh, trusting the CA of Arca's
# client bundle, so that both see the same client certificate), then for each connection count
# runs each operation against Arca and then PyKMIP, in alternation, so that a change of the
# machine's load meets both. Then durable Create on both at the highest connection count, and on
# Arca new connections (full TLS 1.3, full TLS 1.2, resumed TLS 1.2 handshakes) with the server's
# CPU time per handshake.
#
# Settings (environment):
#   OUT          where results go (default docs/benchmarks): results.md, throughput.svg,
#                latency.svg, and raw/ with every run's JSON report
#   CONNECTIONS  connection counts of the sweep (default "1 4 16 32")
#   OPERATIONS   operations of the sweep (default "get encrypt")
#   DURATION     timed part of each run (default 10s); WARMUP before it (default 3s)
#   IN_FLIGHT    requests in flight per connection (default 1)
#   KMIP_VERSION KMIP version of every request (default 1.2, PyKMIP's own)
#   AES          AES mode of Encrypt (default gcm); PAYLOAD its bytes (default 1024)
#   WARM_UP_SERVERS  mixed load on each server before the first run, not measured (default 20s)
#   EXTRAS=0     skip the Create and handshake runs; KEEP=1 keeps the servers' temporary directory
#   ARCA_JAVA_OPTS  JVM options of the Arca server and of the load generator
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$root/docs/benchmarks}"
if [ "${QUICK:-}" = "1" ]; then
  connections="${CONNECTIONS:-1 32}"
  duration="${DURATION:-3s}"
  warmup="${WARMUP:-1s}"
else
  connections="${CONNECTIONS:-1 4 16 32}"
  duration="${DURATION:-10s}"
  warmup="${WARMUP:-3s}"
fi
operations="${OPERATIONS:-get encrypt}"
in_flight="${IN_FLIGHT:-1}"
kmip_version="${KMIP_VERSION:-1.2}"
aes="${AES:-gcm}"
payload="${PAYLOAD:-1024}"
python=/usr/bin/python3

"$python" -c 'import kmip.services.server' 2>/dev/null || {
  echo "compare.sh: PyKMIP is missing for $python; apt-get install -y python3-pykmip" >&2
  exit 1
}

work="$(mktemp -d -t arca-compare.XXXXXX)"
raw="$out/raw"
mkdir -p "$raw" "$work/logs"
rm -f "$raw"/*.json
pids=()

stop_servers() {
  for pid in "${pids[@]+"${pids[@]}"}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]+"${pids[@]}"}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "${KEEP:-}" = "1" ]; then
    echo "compare.sh: the servers' files are kept in $work" >&2
  else
    rm -rf "$work"
  fi
}
trap stop_servers EXIT

free_port() {
  "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() { # PORT PID WHAT LOG
  for _ in $(seq 1 600); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$2" 2>/dev/null; then
      echo "compare.sh: $3 stopped; its output:" >&2
      cat "$4" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "compare.sh: $3 did not open port $1 within 120 s" >&2
  exit 1
}

started=$(date +%s)
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# The distribution is built once here (./arca builds it when missing or older than the sources),
# so that no build runs while anything is measured.
"$root/arca" --version >/dev/null

kmip_port="$(free_port)"
admin_port="$(free_port)"
pykmip_port="$(free_port)"
mkdir -p "$work/arca"
cat >"$work/arca/arca.yaml" <<EOF
data-directory: $work/arca
kmip:
  listeners:
    - name: default
      bind-address: 127.0.0.1
      port: $kmip_port
admin:
  bind-address: 127.0.0.1
  port: $admin_port
fips:
  status:
    enabled: false
EOF
"$root/arca" server --config "$work/arca/arca.yaml" \
  >"$work/arca.log" 2>&1 &
arca_pid=$!
pids+=("$arca_pid")
bundle="$work/arca/clients/client"
wait_for_port "$kmip_port" "$arca_pid" "the Arca server" "$work/arca.log"
for _ in $(seq 1 100); do
  [ -f "$bundle/pykmip.conf" ] && break
  sleep 0.2
done
echo "Arca on 127.0.0.1:$kmip_port (process $arca_pid), data in $work/arca"

"$root/interop/pykmip/run_pykmip_server.sh" "$bundle" "$pykmip_port" "$work/pykmip" \
  >"$work/pykmip.log" 2>&1 &
pykmip_pid=$!
pids+=("$pykmip_pid")
wait_for_port "$pykmip_port" "$pykmip_pid" "the PyKMIP server" "$work/pykmip.log"
echo "PyKMIP $("$python" -c 'import kmip; print(kmip.__version__)') on 127.0.0.1:$pykmip_port (process $pykmip_pid)"

bench() { # NAME LABEL ARGS...
  local name="$1" label="$2"
  shift 2
  local server_args=()
  if [ "$label" = "pykmip" ]; then
    server_args=(--server "127.0.0.1:$pykmip_port" --cacert "$work/pykmip/server.pem"
      --server-pid "$pykmip_pid")
  else
    server_args=(--server "127.0.0.1:$kmip_port" --server-pid "$arca_pid")
  fi
  # A run with failed requests exits 1 and still writes its report; the table shows the errors.
  "$root/arca" bench --bundle "$bundle" "${server_args[@]}" --label "$label" \
    --duration "${run_duration:-$duration}" --warmup "${run_warmup:-$warmup}" \
    --kmip-version "$kmip_version" \
    --payload "$payload" --aes "$aes" "$@" --quiet --json --output "$raw/$name.json" \
    >/dev/null 2>"$work/logs/$name.log" || [ -s "$raw/$name.json" ] || {
    echo "compare.sh: run $name failed:" >&2
    cat "$work/logs/$name.log" >&2
    exit 1
  }
  "$python" - "$raw/$name.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["server"] or {}
print("  %-28s %10.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  server %.2f cores" % (
    sys.argv[1].rsplit("/", 1)[1][:-5], r["throughput_per_s"], r["latency_ms"]["p50"],
    r["latency_ms"]["p99"], r["errors"], s.get("cpu_cores", 0)))
EOF
}

# The JIT compilers of the Arca server take a while to settle, and their CPU time would be counted
# as the server's: a mixed load on both servers first, not measured.
warm_for="${WARM_UP_SERVERS:-20s}"
[ "${QUICK:-}" = "1" ] && warm_for="${WARM_UP_SERVERS:-5s}"
echo "warming up both servers for $warm_for each (not measured) ..."
for label in arca pykmip; do
  raw="$work" run_duration="$warm_for" run_warmup=0s bench "warm-up-$label" "$label" \
    --mix get=4,encrypt=4,create=1,handshake=1 --connections 8 >/dev/null
done

for c in $connections; do
  for op in $operations; do
    for label in arca pykmip; do
      bench "$op-c$c-$label" "$label" --mix "$op" --connections "$c" --in-flight "$in_flight"
    done
  done
done

if [ "${EXTRAS:-1}" = "1" ]; then
  last="${connections##* }"
  bench "create-c$last-arca" arca --mix create --connections "$last" --in-flight "$in_flight"
  bench "create-c$last-pykmip" pykmip --mix create --connections "$last" --in-flight "$in_flight"
  # Two connections: one client on these two cores cannot open more handshakes than that keeps
  # busy; the figure that matters is the server's CPU time per handshake.
  for kind in "tls13-full --tls TLSv1.3" "tls12-full --tls TLSv1.2 --no-resume" \
    "tls12-resumed --tls TLSv1.2"; do
    # shellcheck disable=SC2086 # the options after the name are separate words
    bench "handshake-${kind%% *}-arca" arca --mix handshake --connections 2 ${kind#* }
  done
fi

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_version="$("$java_bin" -version 2>&1 | head -1)"
"$java_bin" -cp "$root/cli/target/arca/lib/*" dev.arca.bench.compare.Comparison --out "$out" \
  --note "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($cpu), $java_version;" \
  --note "PyKMIP $("$python" -c 'import kmip; print(kmip.__version__)') with $("$python" --version)." \
  --note "Each run: $warmup warm-up, then $duration timed; KMIP $kmip_version; $in_flight request(s) in flight per connection; load generator on the same machine." \
  --note "Load average (1, 5, 15 min) before: $load_before; after: $load_after." \
  "$raw" >"$work/written.txt"
echo
echo "compare.sh: done in $(( $(date +%s) - started )) s. Written:"
sed 's/^/  /' "$work/written.txt"
echo "  $raw/ (every run's JSON report)"
