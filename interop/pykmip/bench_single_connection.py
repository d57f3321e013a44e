"""Get and Encrypt requests per second over one connection, with the PyKMIP client.

One KMIPProxy is opened per server and kept open; on it the script creates and activates
an AES-256 key, then times COUNT Get requests and COUNT Encrypt requests (AES-CBC with
PKCS#5 padding, a 64-byte message, an IV from the client), one after another, each
waiting for its answer. Every answer is checked for success, and one ciphertext is
decrypted to check the round trip. Several servers can be measured in the same run,
one after the other, for a comparison on the same machine.

  /usr/bin/python3 bench_single_connection.py \\
      --server arca=arca-data/clients/client/pykmip.conf:client \\
      --server pykmip=/tmp/pykmip-server/client.conf:pykmip-server \\
      --count 2000 --kmip-version 1.2

Each --server is LABEL=CONFIG_FILE[:SECTION] (SECTION defaults to "client"). The
client's own cost (PyKMIP encodes and decodes in pure Python) is part of every figure,
so it is the same for each server: a comparison, not a measure of either server's limit.
"""

import argparse
import os
import statistics
import sys
import time

from kmip.core import enums
from kmip.core import attributes as cattributes
from kmip.core import objects as cobjects
from kmip.core.factories import attributes as attribute_factories
from kmip.services import kmip_client

VERSIONS = {
    "1.0": enums.KMIPVersion.KMIP_1_0,
    "1.1": enums.KMIPVersion.KMIP_1_1,
    "1.2": enums.KMIPVersion.KMIP_1_2,
    "1.3": enums.KMIPVersion.KMIP_1_3,
    "1.4": enums.KMIPVersion.KMIP_1_4,
    "2.0": enums.KMIPVersion.KMIP_2_0,
}
MESSAGE = bytes(range(64))
IV = bytes(16)
PARAMETERS = cattributes.CryptographicParameters(
    cryptographic_algorithm=enums.CryptographicAlgorithm.AES,
    block_cipher_mode=enums.BlockCipherMode.CBC,
    padding_method=enums.PaddingMethod.PKCS5,
)


def _status(result):
    if isinstance(result, dict):
        return result["result_status"], result.get("result_message")
    message = result.result_message.value if result.result_message else None
    return result.result_status.value, message


def _check(result, what):
    status, message = _status(result)
    if status != enums.ResultStatus.SUCCESS:
        raise RuntimeError("{} failed: {} {}".format(what, status, message))
    return result


def _create_key(proxy):
    factory = attribute_factories.AttributeFactory()
    template = cobjects.TemplateAttribute(
        attributes=[
            factory.create_attribute(
                enums.AttributeType.CRYPTOGRAPHIC_ALGORITHM, enums.CryptographicAlgorithm.AES
            ),
            factory.create_attribute(enums.AttributeType.CRYPTOGRAPHIC_LENGTH, 256),
            factory.create_attribute(
                enums.AttributeType.CRYPTOGRAPHIC_USAGE_MASK,
                [enums.CryptographicUsageMask.ENCRYPT, enums.CryptographicUsageMask.DECRYPT],
            ),
        ]
    )
    uid = _check(proxy.create(enums.ObjectType.SYMMETRIC_KEY, template), "Create").uuid
    _check(proxy.activate(uid), "Activate")
    return uid


def _timed(count, call):
    """Runs ``call`` ``count`` times; returns the total seconds and each call's seconds."""
    latencies = []
    start = time.perf_counter()
    for _ in range(count):
        t0 = time.perf_counter()
        call()
        latencies.append(time.perf_counter() - t0)
    return time.perf_counter() - start, latencies


def _summary(label, operation, count, total, latencies):
    latencies.sort()
    return {
        "server": label,
        "operation": operation,
        "count": count,
        "per_second": count / total,
        "mean_ms": statistics.fmean(latencies) * 1000,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def measure(label, config, section, count, warmup, version):
    proxy = kmip_client.KMIPProxy(config=section, config_file=config, kmip_version=version)
    proxy.open()
    try:
        uid = _create_key(proxy)

        def get():
            _check(proxy.get(uid), "Get")

        def encrypt():
            _check(proxy.encrypt(MESSAGE, uid, PARAMETERS, IV), "Encrypt")

        encrypted = _check(proxy.encrypt(MESSAGE, uid, PARAMETERS, IV), "Encrypt")
        decrypted = _check(proxy.decrypt(encrypted["data"], uid, PARAMETERS, IV), "Decrypt")
        if decrypted["data"] != MESSAGE:
            raise RuntimeError("Decrypt did not give the message back")

        results = []
        for operation, call in (("Get", get), ("Encrypt", encrypt)):
            _timed(warmup, call)
            total, latencies = _timed(count, call)
            results.append(_summary(label, operation, count, total, latencies))
        return results
    finally:
        proxy.close()


def _server(text):
    label, sep, rest = text.partition("=")
    if not sep or not label or not rest:
        raise argparse.ArgumentTypeError("expected LABEL=CONFIG_FILE[:SECTION], not " + text)
    config, _, section = rest.partition(":")
    if not os.path.exists(config):
        raise argparse.ArgumentTypeError("no such configuration file: " + config)
    return label, config, section or "client"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--server",
        action="append",
        type=_server,
        required=True,
        help="LABEL=CONFIG_FILE[:SECTION], once per server to measure",
    )
    parser.add_argument("--count", type=int, default=2000, help="timed requests per operation")
    parser.add_argument("--warmup", type=int, default=200, help="untimed requests first")
    parser.add_argument("--kmip-version", choices=sorted(VERSIONS), default="1.2")
    args = parser.parse_args(argv)
    if args.count < 1 or args.warmup < 0:
        parser.error("--count must be at least 1 and --warmup at least 0")

    rows = []
    for label, config, section in args.server:
        rows.extend(
            measure(label, config, section, args.count, args.warmup, VERSIONS[args.kmip_version])
        )

    print(
        "KMIP {}, one connection, {} requests per operation after {} warm-up".format(
            args.kmip_version, args.count, args.warmup
        )
    )
    print(
        "{:<10} {:<8} {:>10} {:>9} {:>9} {:>9}".format(
            "server", "op", "req/s", "mean ms", "p50 ms", "p99 ms"
        )
    )
    for r in rows:
        print(
            "{server:<10} {operation:<8} {per_second:>10.0f} {mean_ms:>9.2f} "
            "{p50_ms:>9.2f} {p99_ms:>9.2f}".format(**r)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
