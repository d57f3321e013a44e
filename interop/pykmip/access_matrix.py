"""The authorization matrix, driven by the real PyKMIP client.

Reads the cells from the JSON file named by ``PYKMIP_MATRIX``: a list of objects
``{"op": ..., "user": ..., "password": ..., "uid": ..., "name": ...}``. For each cell it
calls the operation as that user with ``kmip.pie.client.ProxyKmipClient`` at the KMIP
version ``PYKMIP_VERSION`` (default 1.4) and prints one line:

  CELL <index> <ALLOWED|DENIED|HIDDEN|UNAUTHENTICATED|OTHER:...>

HIDDEN is Item Not Found (Object Not Found in KMIP 2.x), or a Locate that does not list
the object; DENIED is Permission Denied. The caller compares the lines with its own table.

The share operations change the key sharing grants of a key through Arca's client-owned
custom attribute ``x-arca-share`` (one Text String ``GROUP:perm,perm`` per group; a cell's
``value``): ``share_add`` sends Add Attribute, which PyKMIP 0.10 encodes but has no method
for, ``share_modify`` and ``share_delete`` use PyKMIP's Modify and Delete Attribute on
instance 0 (the KMIP 1.x forms), and ``share_read`` answers ``SHARES:<values>`` (``,`` for
none) from Get Attributes.
The TLS settings come from the pykmip.conf named by ``PYKMIP_CONFIG``.

  PYKMIP_CONFIG=... PYKMIP_MATRIX=cells.json /usr/bin/python3 access_matrix.py
"""

import json
import os
import sys

from kmip.core import enums
from kmip.core import exceptions as core_exceptions
from kmip.core import primitives
from kmip.core import utils
from kmip.core.factories import attributes as attribute_factories
from kmip.core.messages import messages
from kmip.core.messages import payloads
from kmip.pie import client as pie_client
from kmip.pie import exceptions as pie_exceptions

VERSIONS = {
    "1.2": enums.KMIPVersion.KMIP_1_2,
    "1.3": enums.KMIPVersion.KMIP_1_3,
    "1.4": enums.KMIPVersion.KMIP_1_4,
    "2.0": enums.KMIPVersion.KMIP_2_0,
}
ATTRIBUTES = attribute_factories.AttributeFactory()
HIDDEN = {"ITEM_NOT_FOUND", "OBJECT_NOT_FOUND"}
SHARE = "x-arca-share"
RESULT_STATUS = 0x42007F
RESULT_REASON = 0x42007E


class _AddAttribute(payloads.RequestPayload):
    """The KMIP 1.x Add Attribute request payload (1.4 §4.14), which PyKMIP 0.10 lacks."""

    def __init__(self, uid, attribute):
        super().__init__()
        self.uid = primitives.TextString(uid, tag=enums.Tags.UNIQUE_IDENTIFIER)
        self.attribute = attribute

    def write(self, output_buffer, kmip_version=enums.KMIPVersion.KMIP_1_0):
        local = utils.BytearrayStream()
        self.uid.write(local, kmip_version=kmip_version)
        self.attribute.write(local, kmip_version=kmip_version)
        self.length = local.length()
        super().write(output_buffer, kmip_version=kmip_version)
        output_buffer.write(local.buffer)


def _enumerations(data, wanted):
    """The value of each Enumeration tagged one of ``wanted`` in TTLV ``data``, depth first."""
    out = {}
    i = 0
    while i + 8 <= len(data):
        tag = int.from_bytes(data[i:i + 3], "big")
        kind = data[i + 3]
        length = int.from_bytes(data[i + 4:i + 8], "big")
        body = data[i + 8:i + 8 + length]
        if kind == 0x01:
            out.update(_enumerations(body, wanted))
        elif kind == 0x05 and tag in wanted and tag not in out:
            out[tag] = int.from_bytes(body[:4], "big")
        i += 8 + length + (-length % 8)
    return out


def _add_share(client, uid, value):
    proxy = client.proxy
    item = messages.RequestBatchItem(
        operation=primitives.Enumeration(
            enums.Operation, enums.Operation.ADD_ATTRIBUTE, tag=enums.Tags.OPERATION
        ),
        request_payload=_AddAttribute(uid, ATTRIBUTES.create_attribute(SHARE, value)),
    )
    proxy._send_message(proxy._build_request_message(None, [item]))
    found = _enumerations(bytes(proxy._receive_message().buffer), {RESULT_STATUS, RESULT_REASON})
    if found.get(RESULT_STATUS) != enums.ResultStatus.SUCCESS.value:
        raise pie_exceptions.KmipOperationFailure(
            enums.ResultStatus.OPERATION_FAILED,
            enums.ResultReason(found[RESULT_REASON]) if RESULT_REASON in found else None,
            "Add Attribute failed",
        )


def run(client, op, uid, name, value=None):
    if op == "get":
        client.get(uid)
    elif op == "get_attributes":
        client.get_attributes(uid, ["State"])
    elif op == "locate":
        by_name = [ATTRIBUTES.create_attribute(enums.AttributeType.NAME, name)]
        if uid not in client.locate(attributes=by_name):
            return "HIDDEN"
    elif op == "encrypt":
        client.encrypt(
            b"matrix data 0123",
            uid=uid,
            cryptographic_parameters={
                "cryptographic_algorithm": enums.CryptographicAlgorithm.AES,
                "block_cipher_mode": enums.BlockCipherMode.CBC,
                "padding_method": enums.PaddingMethod.PKCS5,
                "random_iv": True,
            },
        )
    elif op == "mac":
        client.mac(b"matrix data", uid=uid, algorithm=enums.CryptographicAlgorithm.HMAC_SHA256)
    elif op == "activate":
        client.activate(uid)
    elif op == "revoke":
        client.revoke(enums.RevocationReasonCode.KEY_COMPROMISE, uid)
    elif op == "destroy":
        client.destroy(uid)
    elif op == "share_add":
        _add_share(client, uid, value)
    elif op == "share_modify":
        client.modify_attribute(
            unique_identifier=uid, attribute=ATTRIBUTES.create_attribute(SHARE, value, index=0)
        )
    elif op == "share_delete":
        client.delete_attribute(unique_identifier=uid, attribute_name=SHARE, attribute_index=0)
    elif op == "share_read":
        _, attributes = client.get_attributes(uid, [SHARE])
        values = [a.attribute_value.value for a in attributes if a.attribute_name.value == SHARE]
        return "SHARES:" + (";".join(values) if values else ",")
    else:
        raise ValueError("unknown operation " + op)
    return "ALLOWED"


def outcome(client, cell):
    try:
        return run(client, cell["op"], cell["uid"], cell.get("name"), cell.get("value"))
    except (pie_exceptions.KmipOperationFailure, core_exceptions.OperationFailure) as e:
        # The attribute operations fail with PyKMIP's core OperationFailure, the rest with
        # the pie client's KmipOperationFailure; both carry the result reason.
        reason = e.reason.name if e.reason is not None else "NONE"
        if reason == "PERMISSION_DENIED":
            return "DENIED"
        if reason in HIDDEN:
            return "HIDDEN"
        if reason == "AUTHENTICATION_NOT_SUCCESSFUL":
            return "UNAUTHENTICATED"
        return "OTHER:" + reason
    except Exception as e:  # anything else is a failure the caller reports
        return "OTHER:" + type(e).__name__


def main():
    config = os.environ["PYKMIP_CONFIG"]
    version = VERSIONS[os.environ.get("PYKMIP_VERSION", "1.4")]
    with open(os.environ["PYKMIP_MATRIX"], encoding="utf-8") as f:
        cells = json.load(f)
    clients = {}
    try:
        for index, cell in enumerate(cells):
            key = (cell["user"], cell["password"])
            if key not in clients:
                c = pie_client.ProxyKmipClient(
                    config="client",
                    config_file=config,
                    kmip_version=version,
                    username=cell["user"],
                    password=cell["password"],
                )
                c.open()
                clients[key] = c
            print("CELL %d %s" % (index, outcome(clients[key], cell)), flush=True)
    finally:
        for c in clients.values():
            c.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
