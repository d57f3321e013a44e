#!/usr/bin/env bash
# Starts PyKMIP's own server (Debian's python3-pykmip) next to Arca, for comparisons such as
# bench_single_connection.py. Clients keep their Arca client certificate: the PyKMIP server trusts
# the CA of an Arca client bundle, and presents a server certificate made here for 127.0.0.1.
#
#   run_pykmip_server.sh BUNDLE_DIR [PORT] [WORK_DIR]
#
# BUNDLE_DIR  an Arca client bundle (client.pem, client-key.pem, ca.pem), e.g.
#             arca-data/clients/client
# PORT        default 5697; the server listens on 127.0.0.1 only
# WORK_DIR    default a new temporary directory; it receives the server's certificate and key,
#             server.conf, an empty policy directory, the SQLite database pykmip.db, server.log,
#             and client.conf, a PyKMIP client configuration (section [pykmip-server]) for it
#
# The server runs in the foreground until stopped (Ctrl-C, or kill of the printed process id).
set -euo pipefail

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 3 ] || usage
bundle="$(cd "$1" && pwd)"
port="${2:-5697}"
work="${3:-$(mktemp -d -t pykmip-server.XXXXXX)}"
python=/usr/bin/python3

for f in client.pem client-key.pem ca.pem; do
  [ -f "$bundle/$f" ] || { echo "run_pykmip_server.sh: $bundle/$f is missing" >&2; exit 1; }
done
"$python" -c 'import kmip.services.server' 2>/dev/null || {
  echo "run_pykmip_server.sh: PyKMIP is missing for $python; apt-get install -y python3-pykmip" >&2
  exit 1
}
command -v openssl >/dev/null || { echo "run_pykmip_server.sh: openssl is needed" >&2; exit 1; }

mkdir -p "$work/policies"
work="$(cd "$work" && pwd)"

# A self-signed ECDSA P-256 server certificate for 127.0.0.1, valid for a day, the same kind of
# key as Arca's server certificates; the client trusts it directly. PyKMIP's TLS 1.2 suite offers
# AES-GCM only with ECDHE-ECDSA, so an ECDSA certificate also lets AEAD-only clients connect.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" -addext "extendedKeyUsage=serverAuth" \
  -keyout "$work/server-key.pem" -out "$work/server.pem" 2>/dev/null

cat > "$work/server.conf" <<EOF
[server]
hostname=127.0.0.1
port=$port
certificate_path=$work/server.pem
key_path=$work/server-key.pem
ca_path=$bundle/ca.pem
auth_suite=TLS1.2
policy_path=$work/policies
enable_tls_client_auth=True
logging_level=WARNING
database_path=$work/pykmip.db
EOF

cat > "$work/client.conf" <<EOF
# PyKMIP client configuration for the PyKMIP server started by run_pykmip_server.sh.
[pykmip-server]
host=127.0.0.1
port=$port
certfile=$bundle/client.pem
keyfile=$bundle/client-key.pem
ca_certs=$work/server.pem
cert_reqs=CERT_REQUIRED
ssl_version=PROTOCOL_SSLv23
do_handshake_on_connect=True
suppress_ragged_eofs=True
EOF

echo "PyKMIP server on 127.0.0.1:$port, files in $work (process $$)"
echo "client configuration: $work/client.conf, section pykmip-server"
exec "$python" -c 'from kmip.services.server.server import main; main()' \
  -f "$work/server.conf" -l "$work/server.log"
