"""Interoperability tests: the real PyKMIP 0.10 client against a KMIP server.

Every operation that PyKMIP's two clients offer -- ``kmip.pie.client.ProxyKmipClient``
and ``kmip.services.kmip_client.KMIPProxy`` -- is exercised at each KMIP version named
in ``PYKMIP_VERSIONS``, and each test checks a real result: a round trip, a signature
that verifies while a tampered one does not, a value recomputed locally with
``cryptography``, an object that is gone after Destroy.

Configuration (environment):

  PYKMIP_CONFIG          path of a pykmip.conf (required)
  PYKMIP_SECTION         its section, default "client"
  PYKMIP_VERSIONS        KMIP versions to run, default "1.2,1.3,1.4,2.0"
  PYKMIP_OTHER_USERNAME  a second user of the same server and its password, for the
  PYKMIP_OTHER_PASSWORD  tests that one user cannot see another's objects (skipped
                         when unset)

A case is skipped only where PyKMIP itself cannot express it at that version; the skip
reason names the PyKMIP limitation. Run with Debian's interpreter, which has the
python3-pykmip package:

  PYKMIP_CONFIG=arca-data/clients/client/pykmip.conf /usr/bin/python3 -m unittest -v test_pykmip
"""

import datetime
import hashlib
import hmac
import os
import secrets
import time
import unittest

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.ciphers import modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap
from cryptography.hazmat.primitives.keywrap import aes_key_wrap
from cryptography.x509.oid import NameOID

from kmip.core import attributes as cattributes
from kmip.core import enums
from kmip.core import exceptions as core_exceptions
from kmip.core import misc
from kmip.core import objects as cobjects
from kmip.core import primitives
from kmip.core.factories import attributes as attribute_factories
from kmip.core.factories import secrets as secret_factories
from kmip.core.factories.credentials import CredentialFactory
from kmip.core.factories.payloads import response as response_factories
from kmip.core.messages import contents
from kmip.core.messages import messages
from kmip.core.messages import payloads
from kmip.pie import client as pie_client
from kmip.pie import exceptions as pie_exceptions
from kmip.pie import objects as pobjects
from kmip.services import kmip_client

CONFIG = os.environ.get("PYKMIP_CONFIG")
SECTION = os.environ.get("PYKMIP_SECTION", "client")
OTHER_USERNAME = os.environ.get("PYKMIP_OTHER_USERNAME")
OTHER_PASSWORD = os.environ.get("PYKMIP_OTHER_PASSWORD")

VERSIONS = {
    "1.0": enums.KMIPVersion.KMIP_1_0,
    "1.1": enums.KMIPVersion.KMIP_1_1,
    "1.2": enums.KMIPVersion.KMIP_1_2,
    "1.3": enums.KMIPVersion.KMIP_1_3,
    "1.4": enums.KMIPVersion.KMIP_1_4,
    "2.0": enums.KMIPVersion.KMIP_2_0,
}
SELECTED = [
    v.strip() for v in os.environ.get("PYKMIP_VERSIONS", "1.2,1.3,1.4,2.0").split(",") if v.strip()
]
for _v in SELECTED:
    if _v not in VERSIONS:
        raise ValueError("PYKMIP_VERSIONS: {!r} is not one of {}".format(_v, ", ".join(VERSIONS)))

# One run id keeps the names this run gives its objects apart from earlier runs'.
RUN = secrets.token_hex(4)

ATTRIBUTES = attribute_factories.AttributeFactory()
A = enums.AttributeType
Alg = enums.CryptographicAlgorithm
Mask = enums.CryptographicUsageMask

# Local key material for Register, made once: RSA generation is the slow part.
_RSA = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _requires_config():
    if not CONFIG:
        raise unittest.SkipTest("PYKMIP_CONFIG is not set: nothing to test against")
    if not os.path.exists(CONFIG):
        raise FileNotFoundError("PYKMIP_CONFIG: no such file: " + CONFIG)


def _pie(version, **overrides):
    return pie_client.ProxyKmipClient(
        config=SECTION, config_file=CONFIG, kmip_version=version, **overrides
    )


def _proxy(version):
    return kmip_client.KMIPProxy(config=SECTION, config_file=CONFIG, kmip_version=version)


def _values(attributes, name):
    """The Python values of the attribute called ``name`` in a GetAttributes answer."""
    out = []
    for a in attributes:
        if a.attribute_name.value != name:
            continue
        v = a.attribute_value
        if name == "Name":
            out.append(v.name_value.value)
        else:
            out.append(getattr(v, "value", v))
    return out


def _self_signed_certificate():
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "interop " + RUN)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def _raw_call(proxy, operation, payload):
    """Sends one request encoded by PyKMIP and returns the response's TTLV bytes."""
    item = messages.RequestBatchItem(
        operation=primitives.Enumeration(enums.Operation, operation, tag=enums.Tags.OPERATION),
        request_payload=payload,
    )
    proxy._send_message(proxy._build_request_message(None, [item]))
    return bytes(proxy._receive_message().buffer)


def _ttlv_first(data, tag, raw=False):
    """The value of the first item with ``tag`` in TTLV ``data``, depth first: an int for
    Integer and Enumeration, bytes for Byte String, str for Text String, and for a
    Structure its content (or the whole item when ``raw``)."""
    want = tag.value
    i = 0
    while i + 8 <= len(data):
        item_tag = int.from_bytes(data[i : i + 3], "big")
        item_type = data[i + 3]
        length = int.from_bytes(data[i + 4 : i + 8], "big")
        value = data[i + 8 : i + 8 + length]
        if item_tag == want:
            if item_type == 0x01:
                return data[i : i + 8 + length] if raw else value
            if item_type in (0x02, 0x05):
                return int.from_bytes(value, "big")
            if item_type == 0x07:
                return value.decode("utf-8")
            return value
        if item_type == 0x01:
            found = _ttlv_first(value, tag, raw)
            if found is not None:
                return found
        i += 8 + length + (-length % 8)
    return None


def _ttlv_items(data):
    """The (tag, type, value) items at the top level of TTLV ``data``."""
    i = 0
    while i + 8 <= len(data):
        length = int.from_bytes(data[i + 4 : i + 8], "big")
        yield int.from_bytes(data[i : i + 3], "big"), data[i + 3], data[i + 8 : i + 8 + length]
        i += 8 + length + (-length % 8)


def _ttlv_tags(data):
    return [tag for tag, _, _ in _ttlv_items(data)]


def _ttlv_all(data, tag):
    """The values of every Text String item with ``tag`` in TTLV ``data``, depth first."""
    out = []
    for item_tag, item_type, value in _ttlv_items(data):
        if item_tag == tag.value and item_type == 0x07:
            out.append(value.decode("utf-8"))
        elif item_type == 0x01:
            out.extend(_ttlv_all(value, tag))
    return out


# KMIP 2.0 attribute tags and the names PyKMIP knows them by.
_ATTRIBUTE_TAGS = {tag.value: name for name, tag in enums.attribute_name_tag_table}


class _Objects:
    """Creates objects with names unique to the run and removes them afterwards."""

    def __init__(self, tag):
        self.tag = tag
        self.ids = []
        self.count = 0

    def name(self, what):
        self.count += 1
        return "interop-{}-{}-{}-{}".format(RUN, self.tag, what, self.count)

    def keep(self, *ids):
        self.ids.extend(i for i in ids if i)
        return ids[0] if len(ids) == 1 else ids

    def clean_up(self, client):
        """Revokes and destroys what was kept, with either client; failures are ignored
        (an object a test destroyed already, one that was never activated)."""
        for uid in reversed(self.ids):
            try:
                client.revoke(enums.RevocationReasonCode.CESSATION_OF_OPERATION, uid)
            except Exception:
                pass
            try:
                client.destroy(uid)
            except Exception:
                pass


class PieClientCases:
    """kmip.pie.client.ProxyKmipClient, one connection per version."""

    version = None
    label = None

    @classmethod
    def setUpClass(cls):
        _requires_config()
        cls.client = _pie(cls.version)
        cls.client.open()
        cls.objects = _Objects("pie" + cls.label)

    @classmethod
    def tearDownClass(cls):
        cls.objects.clean_up(cls.client)
        cls.client.close()

    # -- helpers ---------------------------------------------------------------

    def at_least(self, version):
        return self.version.value >= version.value

    def not_found(self):
        # What a server answers for an object the caller may not see: Item Not Found in
        # KMIP 1.x, Object Not Found in 2.x (the OASIS 2.1 vectors use the latter).
        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            return enums.ResultReason.OBJECT_NOT_FOUND
        return enums.ResultReason.ITEM_NOT_FOUND

    def create_aes(self, length=256, name=None, masks=None):
        return self.objects.keep(
            self.client.create(
                Alg.AES,
                length,
                name=name or self.objects.name("aes"),
                cryptographic_usage_mask=masks,
            )
        )

    def active_aes(self, length=256, masks=None):
        uid = self.create_aes(length, masks=masks)
        self.client.activate(uid)
        return uid, self.client.get(uid).value

    def rsa_pair(self, length=2048):
        pub, priv = self.client.create_key_pair(
            Alg.RSA,
            length,
            public_name=self.objects.name("rsa-pub"),
            public_usage_mask=[Mask.VERIFY, Mask.ENCRYPT],
            private_name=self.objects.name("rsa-priv"),
            private_usage_mask=[Mask.SIGN, Mask.DECRYPT],
        )
        self.objects.keep(pub, priv)
        self.client.activate(pub)
        self.client.activate(priv)
        return pub, priv

    def named(self, managed_object, what):
        # PyKMIP gives every new pie object the same default name ("Symmetric Key", ...)
        # and Register sends it; KMIP names are unique in a key management domain
        # (KMIP 1.4 §3.2), so each object gets a name of its own.
        managed_object.names = [self.objects.name(what)]
        return managed_object

    def register(self, managed_object, what="reg"):
        return self.objects.keep(self.client.register(self.named(managed_object, what)))

    def register_optional(self, managed_object, what):
        """Registers an object of a kind that KMIP leaves optional for a server. A server
        may refuse it, but only with Feature Not Supported (or, for a wrapped key, Key
        Wrap Type Not Supported) and without creating anything;
        the refusal is printed so that a run shows what the server lacks."""
        self.named(managed_object, what)
        try:
            return self.objects.keep(self.client.register(managed_object))
        except pie_exceptions.KmipOperationFailure as e:
            self.assertIn(
                e.reason,
                (
                    enums.ResultReason.FEATURE_NOT_SUPPORTED,
                    enums.ResultReason.KEY_WRAP_TYPE_NOT_SUPPORTED,
                ),
                e,
            )
            self.assertEqual(
                [],
                self.client.locate(
                    attributes=[ATTRIBUTES.create_attribute(A.NAME, managed_object.names[0])]
                ),
            )
            print("\n  server refused, {}: {}".format(e.reason.name, e.message), end=" ")
            return None

    def state(self, uid):
        _, attrs = self.client.get_attributes(uid, ["State"])
        return _values(attrs, "State")[0]

    def assertFails(self, reason, call, *args, **kwargs):
        with self.assertRaises(pie_exceptions.KmipOperationFailure) as caught:
            call(*args, **kwargs)
        if reason is not None:
            self.assertEqual(reason, caught.exception.reason, caught.exception)
        return caught.exception

    # -- Create, Create Key Pair, Get ----------------------------------------

    def test_create_symmetric_key_and_get_it(self):
        name = self.objects.name("aes")
        uid = self.create_aes(256, name=name)
        key = self.client.get(uid)
        self.assertIsInstance(key, pobjects.SymmetricKey)
        self.assertEqual(Alg.AES, key.cryptographic_algorithm)
        self.assertEqual(256, key.cryptographic_length)
        self.assertEqual(32, len(key.value))
        self.assertNotEqual(key.value, self.client.get(self.create_aes(256)).value)

    def test_create_with_operation_policy_name(self):
        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            self.skipTest(
                "PyKMIP 0.10 refuses to encode Operation Policy Name for KMIP 2.0, which "
                "dropped the attribute (ValueError from convert_template_attribute_to_attributes)"
            )
        uid = self.objects.keep(
            self.client.create(
                Alg.AES, 128, name=self.objects.name("policy"), operation_policy_name="default"
            )
        )
        _, attrs = self.client.get_attributes(uid, ["Operation Policy Name"])
        self.assertEqual(["default"], _values(attrs, "Operation Policy Name"))

    def test_create_key_pair_rsa_gives_matching_keys(self):
        pub_id, priv_id = self.rsa_pair()
        public = self.client.get(pub_id)
        private = self.client.get(priv_id)
        self.assertIsInstance(public, pobjects.PublicKey)
        self.assertIsInstance(private, pobjects.PrivateKey)
        self.assertEqual(Alg.RSA, public.cryptographic_algorithm)
        self.assertEqual(2048, public.cryptographic_length)
        loaded_public = serialization.load_der_public_key(public.value)
        loaded_private = serialization.load_der_private_key(private.value, None)
        self.assertEqual(
            loaded_public.public_numbers(), loaded_private.public_key().public_numbers()
        )

    def test_create_key_pair_ec(self):
        pub_id, priv_id = self.objects.keep(
            *self.client.create_key_pair(
                Alg.EC,
                256,
                public_usage_mask=[Mask.VERIFY],
                private_usage_mask=[Mask.SIGN],
            )
        )
        public = self.client.get(pub_id)
        private = self.client.get(priv_id)
        self.assertEqual(256, public.cryptographic_length)
        loaded_private = serialization.load_der_private_key(private.value, None)
        self.assertIsInstance(loaded_private, ec.EllipticCurvePrivateKey)
        self.assertEqual(256, loaded_private.curve.key_size)

    # -- Register and Get, every object type ---------------------------------

    def test_register_symmetric_key(self):
        value = os.urandom(16)
        key = pobjects.SymmetricKey(Alg.AES, 128, value, [Mask.ENCRYPT, Mask.DECRYPT])
        uid = self.register(key)
        got = self.client.get(uid)
        self.assertEqual(value, got.value)
        self.assertEqual(128, got.cryptographic_length)

    def test_register_public_key_x509_and_pkcs1(self):
        public = _RSA.public_key()
        for fmt, der in (
            (
                enums.KeyFormatType.X_509,
                public.public_bytes(
                    serialization.Encoding.DER,
                    serialization.PublicFormat.SubjectPublicKeyInfo,
                ),
            ),
            (
                enums.KeyFormatType.PKCS_1,
                public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1),
            ),
        ):
            with self.subTest(format=fmt.name):
                key = pobjects.PublicKey(Alg.RSA, 2048, der, fmt, [Mask.VERIFY])
                uid = self.register(key)
                got = self.client.get(uid)
                self.assertIsInstance(got, pobjects.PublicKey)
                self.assertEqual(fmt, got.key_format_type)
                self.assertEqual(der, got.value)

    def test_register_private_key_pkcs8_and_pkcs1(self):
        for fmt, der in (
            (
                enums.KeyFormatType.PKCS_8,
                _RSA.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                ),
            ),
            (
                enums.KeyFormatType.PKCS_1,
                _RSA.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.TraditionalOpenSSL,
                    serialization.NoEncryption(),
                ),
            ),
        ):
            with self.subTest(format=fmt.name):
                key = pobjects.PrivateKey(Alg.RSA, 2048, der, fmt, [Mask.SIGN])
                uid = self.register(key)
                got = self.client.get(uid)
                self.assertIsInstance(got, pobjects.PrivateKey)
                self.assertEqual(fmt, got.key_format_type)
                self.assertEqual(der, got.value)

    def test_register_certificate(self):
        der = _self_signed_certificate()
        cert = pobjects.X509Certificate(der)
        uid = self.register(cert, "cert")
        got = self.client.get(uid)
        self.assertIsInstance(got, pobjects.X509Certificate)
        self.assertEqual(der, got.value)
        self.assertEqual(
            [uid],
            self.client.locate(
                attributes=[
                    ATTRIBUTES.create_attribute(A.OBJECT_TYPE, enums.ObjectType.CERTIFICATE),
                    ATTRIBUTES.create_attribute(A.NAME, cert.names[0]),
                ]
            ),
        )

    def test_register_secret_data(self):
        for data_type in (enums.SecretDataType.PASSWORD, enums.SecretDataType.SEED):
            with self.subTest(data_type=data_type.name):
                value = b"s3cr3t-" + os.urandom(8)
                secret = pobjects.SecretData(value, data_type, [Mask.DERIVE_KEY])
                uid = self.register(secret)
                got = self.client.get(uid)
                self.assertIsInstance(got, pobjects.SecretData)
                self.assertEqual(value, got.value)
                self.assertEqual(data_type, got.data_type)

    def test_register_opaque_object(self):
        value = b"\x30\x03\x02\x01\x01" + os.urandom(8)
        opaque = pobjects.OpaqueObject(value, enums.OpaqueDataType.NONE)
        uid = self.register(opaque)
        got = self.client.get(uid)
        self.assertIsInstance(got, pobjects.OpaqueObject)
        self.assertEqual(value, got.value)

    def test_register_split_key(self):
        value = os.urandom(16)
        split = pobjects.SplitKey(
            cryptographic_algorithm=Alg.AES,
            cryptographic_length=128,
            key_value=value,
            cryptographic_usage_masks=[Mask.EXPORT],
            name="Split Key",
            key_format_type=enums.KeyFormatType.RAW,
            key_wrapping_data=None,
            split_key_parts=3,
            key_part_identifier=1,
            split_key_threshold=2,
            split_key_method=enums.SplitKeyMethod.XOR,
            prime_field_size=None,
        )
        uid = self.register(split)
        got = self.client.get(uid)
        self.assertIsInstance(got, pobjects.SplitKey)
        self.assertEqual(value, got.value)
        self.assertEqual(3, got.split_key_parts)
        self.assertEqual(1, got.key_part_identifier)
        self.assertEqual(2, got.split_key_threshold)
        self.assertEqual(enums.SplitKeyMethod.XOR, got.split_key_method)

    def test_register_wrapped_key_keeps_its_wrapping_data(self):
        wrapping_key = os.urandom(32)
        wrapped = aes_key_wrap(wrapping_key, os.urandom(16))
        key = pobjects.SymmetricKey(
            Alg.AES,
            128,
            wrapped,
            [Mask.ENCRYPT, Mask.DECRYPT],
            key_wrapping_data={
                "wrapping_method": enums.WrappingMethod.ENCRYPT,
                "encryption_key_information": {
                    "unique_identifier": "external-kek",
                    "cryptographic_parameters": {
                        "block_cipher_mode": enums.BlockCipherMode.NIST_KEY_WRAP
                    },
                },
                "encoding_option": enums.EncodingOption.NO_ENCODING,
            },
        )
        uid = self.register_optional(key, "wrapped")
        if uid is None:
            return
        got = self.client.get(uid)
        self.assertEqual(wrapped, got.value)
        self.assertEqual(enums.WrappingMethod.ENCRYPT, got.key_wrapping_data["wrapping_method"])
        self.assertEqual(
            "external-kek",
            got.key_wrapping_data["encryption_key_information"]["unique_identifier"],
        )

    # -- Get with a Key Wrapping Specification -------------------------------

    def test_get_wrapped_under_another_key(self):
        """Get with a Key Wrapping Specification, AES Key Wrap (RFC 3394), with and
        without TTLV encoding of the Key Value.

        The request is PyKMIP's own (what ProxyKmipClient.get sends for this
        specification), but the answer is read with a small TTLV reader: a wrapped Key
        Value is a Byte String (KMIP 1.4 §2.1.3 Table 3; the OASIS AX-M-2-14 vector), and
        PyKMIP 0.10's KeyBlock always reads a Key Value structure, so its get() stops
        with ReadValueError ("expected 1, received 8") on any conformant wrapped key.
        """
        kek_id = self.create_aes(256, masks=[Mask.WRAP_KEY, Mask.UNWRAP_KEY])
        self.client.activate(kek_id)
        kek = self.client.get(kek_id).value
        value = os.urandom(32)
        target_id = self.register(pobjects.SymmetricKey(Alg.AES, 256, value, [Mask.ENCRYPT]))
        for encoding in (enums.EncodingOption.NO_ENCODING, enums.EncodingOption.TTLV_ENCODING):
            with self.subTest(encoding=encoding.name):
                spec = self.client._build_key_wrapping_specification(
                    {
                        "wrapping_method": enums.WrappingMethod.ENCRYPT,
                        "encryption_key_information": {
                            "unique_identifier": kek_id,
                            "cryptographic_parameters": {
                                "block_cipher_mode": enums.BlockCipherMode.NIST_KEY_WRAP
                            },
                        },
                        "encoding_option": encoding,
                    }
                )
                response = _raw_call(
                    self.client.proxy,
                    enums.Operation.GET,
                    payloads.GetRequestPayload(
                        unique_identifier=target_id, key_wrapping_specification=spec
                    ),
                )
                self.assertEqual(
                    enums.ResultStatus.SUCCESS.value,
                    _ttlv_first(response, enums.Tags.RESULT_STATUS),
                    _ttlv_first(response, enums.Tags.RESULT_MESSAGE),
                )
                wrapped = _ttlv_first(response, enums.Tags.KEY_VALUE)
                self.assertIsInstance(wrapped, bytes)
                self.assertEqual(
                    kek_id,
                    _ttlv_first(
                        _ttlv_first(response, enums.Tags.KEY_WRAPPING_DATA, raw=True),
                        enums.Tags.UNIQUE_IDENTIFIER,
                    ),
                )
                unwrapped = aes_key_unwrap(kek, wrapped)
                if encoding == enums.EncodingOption.NO_ENCODING:
                    self.assertEqual(value, unwrapped)
                else:
                    self.assertEqual(value, _ttlv_first(unwrapped, enums.Tags.KEY_MATERIAL))

    # -- Locate ---------------------------------------------------------------

    def test_locate_by_name_and_type(self):
        name = self.objects.name("locate")
        uid = self.create_aes(128, name=name)
        self.create_aes(128)  # another, which must not match
        self.assertEqual(
            [uid], self.client.locate(attributes=[ATTRIBUTES.create_attribute(A.NAME, name)])
        )
        self.assertEqual(
            [uid],
            self.client.locate(
                attributes=[
                    ATTRIBUTES.create_attribute(A.OBJECT_TYPE, enums.ObjectType.SYMMETRIC_KEY),
                    ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                    ATTRIBUTES.create_attribute(A.NAME, name),
                ]
            ),
        )
        self.assertEqual(
            [],
            self.client.locate(
                attributes=[
                    ATTRIBUTES.create_attribute(A.OBJECT_TYPE, enums.ObjectType.SECRET_DATA),
                    ATTRIBUTES.create_attribute(A.NAME, name),
                ]
            ),
        )

    def test_locate_maximum_and_offset_items(self):
        # Three keys in an Object Group of their own, so that the located set is exact.
        group = self.objects.name("group")
        ids = set()
        for _ in range(3):
            template = cobjects.TemplateAttribute(
                attributes=[
                    ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                    ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_LENGTH, 128),
                    ATTRIBUTES.create_attribute(A.OBJECT_GROUP, group),
                ]
            )
            result = self.client.proxy.create(enums.ObjectType.SYMMETRIC_KEY, template)
            self.assertEqual(enums.ResultStatus.SUCCESS, result.result_status.value)
            ids.add(self.objects.keep(result.uuid))
        in_group = [ATTRIBUTES.create_attribute(A.OBJECT_GROUP, group)]
        everything = self.client.locate(attributes=in_group)
        self.assertEqual(ids, set(everything))
        self.assertEqual(3, len(everything))
        self.assertEqual(everything[:1], self.client.locate(maximum_items=1, attributes=in_group))
        self.assertEqual(everything[:2], self.client.locate(maximum_items=2, attributes=in_group))
        paged = self.client.locate(maximum_items=1, offset_items=1, attributes=in_group)
        past_the_end = self.client.locate(offset_items=3, attributes=in_group)
        if self.at_least(enums.KMIPVersion.KMIP_1_3):
            self.assertEqual(everything[1:2], paged)
            self.assertEqual([], past_the_end)
        else:
            # Offset Items came with KMIP 1.3; PyKMIP sends it at 1.2 all the same, and a
            # 1.2 server may honour or ignore it.
            self.assertLessEqual(len(paged), 1)

    def test_locate_by_state_after_activate(self):
        name = self.objects.name("state")
        uid = self.create_aes(128, name=name)
        by_name = ATTRIBUTES.create_attribute(A.NAME, name)
        active = ATTRIBUTES.create_attribute(A.STATE, enums.State.ACTIVE)
        self.assertEqual([], self.client.locate(attributes=[by_name, active]))
        self.client.activate(uid)
        self.assertEqual([uid], self.client.locate(attributes=[by_name, active]))

    # -- Attributes -------------------------------------------------------------

    def test_get_attributes_by_name(self):
        name = self.objects.name("attrs")
        uid = self.create_aes(192, name=name)
        got_id, attrs = self.client.get_attributes(
            uid, ["Cryptographic Algorithm", "Cryptographic Length", "Name", "State"]
        )
        self.assertEqual(uid, got_id)
        self.assertEqual([Alg.AES], _values(attrs, "Cryptographic Algorithm"))
        self.assertEqual([192], _values(attrs, "Cryptographic Length"))
        self.assertEqual([name], _values(attrs, "Name"))
        self.assertEqual([enums.State.PRE_ACTIVE], _values(attrs, "State"))

    def test_get_all_attributes(self):
        uid = self.create_aes(128)
        wanted = {"Unique Identifier", "Object Type", "Cryptographic Usage Mask", "State"}
        try:
            _, everything = self.client.get_attributes(uid)
            names = {a.attribute_name.value for a in everything}
        except ValueError as e:
            if not str(e).startswith("Unrecognized attribute type"):
                raise
            # PyKMIP 0.10's AttributeValueFactory cannot decode every standard attribute
            # (Original Creation Date, KMIP 1.2 §3.43; Key Format Type, an attribute
            # since KMIP 2.0), and get_attributes() then raises; the same request's
            # answer is read with the TTLV reader instead.
            print("\n  PyKMIP cannot decode the answer ({}); read as TTLV".format(e), end=" ")
            response = _raw_call(
                self.client.proxy,
                enums.Operation.GET_ATTRIBUTES,
                payloads.GetAttributesRequestPayload(unique_identifier=uid),
            )
            self.assertEqual(
                enums.ResultStatus.SUCCESS.value,
                _ttlv_first(response, enums.Tags.RESULT_STATUS),
            )
            if self.at_least(enums.KMIPVersion.KMIP_2_0):
                attributes = _ttlv_first(response, enums.Tags.ATTRIBUTES)
                names = {
                    _ATTRIBUTE_TAGS[tag]
                    for tag in _ttlv_tags(attributes)
                    if tag in _ATTRIBUTE_TAGS
                }
            else:
                names = set(_ttlv_all(response, enums.Tags.ATTRIBUTE_NAME))
        self.assertTrue(wanted <= names, names)

    def test_get_attribute_list(self):
        uid = self.create_aes(128)
        names = self.client.get_attribute_list(uid)
        for expected in (
            "Cryptographic Algorithm",
            "Cryptographic Length",
            "Cryptographic Usage Mask",
            "Name",
            "State",
        ):
            self.assertIn(expected, names)

    def test_modify_and_delete_attribute(self):
        # PyKMIP has no Add Attribute, so the attribute to change comes with Create:
        # Contact Information, which a client may modify and delete (KMIP 1.4 §3.36).
        template = cobjects.TemplateAttribute(
            attributes=[
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_LENGTH, 128),
                ATTRIBUTES.create_attribute(A.CONTACT_INFORMATION, "first@example.org"),
            ]
        )
        result = self.client.proxy.create(enums.ObjectType.SYMMETRIC_KEY, template)
        self.assertEqual(enums.ResultStatus.SUCCESS, result.result_status.value)
        uid = self.objects.keep(result.uuid)
        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            got_id, _ = self.client.modify_attribute(
                unique_identifier=uid,
                current_attribute=cobjects.CurrentAttribute(
                    attribute=cattributes.ContactInformation("first@example.org")
                ),
                new_attribute=cobjects.NewAttribute(
                    attribute=cattributes.ContactInformation("second@example.org")
                ),
            )
        else:
            got_id, attr = self.client.modify_attribute(
                unique_identifier=uid,
                attribute=ATTRIBUTES.create_attribute(
                    A.CONTACT_INFORMATION, "second@example.org", index=0
                ),
            )
            self.assertEqual("Contact Information", attr.attribute_name.value)
            self.assertEqual("second@example.org", attr.attribute_value.value)
            # The index the request wrote out comes back, even 0.
            self.assertEqual(0, attr.attribute_index.value)
        self.assertEqual(uid, got_id)
        _, attrs = self.client.get_attributes(uid, ["Contact Information"])
        self.assertEqual(["second@example.org"], _values(attrs, "Contact Information"))

        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            got_id, _ = self.client.delete_attribute(
                unique_identifier=uid,
                attribute_reference=cobjects.AttributeReference(
                    vendor_identification="", attribute_name="Contact Information"
                ),
            )
        else:
            got_id, attr = self.client.delete_attribute(
                unique_identifier=uid, attribute_name="Contact Information", attribute_index=0
            )
            self.assertEqual("second@example.org", attr.attribute_value.value)
            self.assertEqual(0, attr.attribute_index.value)
        self.assertEqual(uid, got_id)
        _, attrs = self.client.get_attributes(uid, ["Contact Information"])
        self.assertEqual([], _values(attrs, "Contact Information"))

    def test_delete_attribute_by_current_value(self):
        if not self.at_least(enums.KMIPVersion.KMIP_2_0):
            self.skipTest(
                "PyKMIP 0.10 sends Current Attribute in Delete Attribute for KMIP 2.0 only"
            )
        template = cobjects.TemplateAttribute(
            attributes=[
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_LENGTH, 128),
                ATTRIBUTES.create_attribute(A.CONTACT_INFORMATION, "gone@example.org"),
            ]
        )
        result = self.client.proxy.create(enums.ObjectType.SYMMETRIC_KEY, template)
        uid = self.objects.keep(result.uuid)
        self.client.delete_attribute(
            unique_identifier=uid,
            current_attribute=cobjects.CurrentAttribute(
                attribute=cattributes.ContactInformation("gone@example.org")
            ),
        )
        _, attrs = self.client.get_attributes(uid, ["Contact Information"])
        self.assertEqual([], _values(attrs, "Contact Information"))

    def test_set_attribute(self):
        if not self.at_least(enums.KMIPVersion.KMIP_2_0):
            self.skipTest(
                "PyKMIP 0.10 encodes Set Attribute for KMIP 2.0 only "
                "(SetAttributeRequestPayload.write raises VersionNotSupported)"
            )
        uid = self.create_aes(128)
        got_id = self.client.set_attribute(
            unique_identifier=uid,
            attribute_name="Contact Information",
            attribute_value="interop@example.org",
        )
        self.assertEqual(uid, got_id)
        _, attrs = self.client.get_attributes(uid, ["Contact Information"])
        self.assertEqual(["interop@example.org"], _values(attrs, "Contact Information"))
        self.client.set_attribute(
            unique_identifier=uid,
            attribute_name="Contact Information",
            attribute_value="security@example.org",
        )
        _, attrs = self.client.get_attributes(uid, ["Contact Information"])
        self.assertEqual(["security@example.org"], _values(attrs, "Contact Information"))

    # -- Lifecycle -------------------------------------------------------------

    def test_activate_revoke_destroy(self):
        uid = self.create_aes(128)
        self.assertEqual(enums.State.PRE_ACTIVE, self.state(uid))
        self.client.activate(uid)
        self.assertEqual(enums.State.ACTIVE, self.state(uid))
        # An Active object cannot be destroyed (KMIP 1.4 §4.21).
        self.assertFails(None, self.client.destroy, uid)
        self.client.revoke(
            enums.RevocationReasonCode.CESSATION_OF_OPERATION,
            uid,
            revocation_message="retired by the interop suite",
        )
        self.assertEqual(enums.State.DEACTIVATED, self.state(uid))
        self.client.destroy(uid)
        self.assertFails(None, self.client.get, uid)

    def test_revoke_for_compromise(self):
        uid = self.create_aes(128)
        self.client.activate(uid)
        self.client.revoke(
            enums.RevocationReasonCode.KEY_COMPROMISE,
            uid,
            revocation_message="suspected leak",
            compromise_occurrence_date=int(time.time()) - 3600,
        )
        self.assertEqual(enums.State.COMPROMISED, self.state(uid))
        self.assertFails(None, self.client.encrypt, b"x" * 16, uid=uid)

    def test_destroy_pre_active_key(self):
        uid = self.create_aes(128)
        self.client.destroy(uid)
        self.assertFails(None, self.client.get, uid)
        self.assertFails(None, self.client.destroy, uid)

    def test_check(self):
        uid = self.create_aes(128, masks=[Mask.ENCRYPT, Mask.DECRYPT])
        self.assertEqual(uid, self.client.check(uid, cryptographic_usage_mask=[Mask.ENCRYPT]))
        # ProxyKmipClient.check needs a usage mask: KMIPProxy.check iterates over it.
        self.assertEqual(
            uid,
            self.client.check(uid, usage_limits_count=10, cryptographic_usage_mask=[]),
        )
        # A refused Check has no response payload, and PyKMIP 0.10's KMIPProxy.check
        # then fails on it (AttributeError reading payload.usage_limits_count) instead
        # of reporting the result; the refusal is checked with the payload itself.
        with self.assertRaises(core_exceptions.OperationFailure) as caught:
            self.client.proxy.send_request_payload(
                enums.Operation.CHECK,
                payloads.CheckRequestPayload(
                    unique_identifier=uid,
                    cryptographic_usage_mask=Mask.SIGN.value,
                ),
            )
        self.assertEqual(enums.ResultStatus.OPERATION_FAILED, caught.exception.status)

    # -- Re-key and Derive Key ---------------------------------------------------

    def test_rekey(self):
        name = self.objects.name("rekey")
        uid = self.create_aes(256, name=name)
        self.client.activate(uid)
        old = self.client.get(uid).value
        new_id = self.objects.keep(self.client.rekey(uid=uid, offset=0))
        self.assertNotEqual(uid, new_id)
        new = self.client.get(new_id)
        self.assertEqual(256, new.cryptographic_length)
        self.assertNotEqual(old, new.value)
        _, attrs = self.client.get_attributes(new_id, ["Name"])
        self.assertEqual([name], _values(attrs, "Name"))

    def _derivation_base(self, value):
        secret = pobjects.SecretData(value, enums.SecretDataType.SEED, [Mask.DERIVE_KEY])
        uid = self.register(secret, "seed")
        self.client.activate(uid)
        return uid

    def test_derive_key_pbkdf2(self):
        password = b"correct horse battery staple"
        salt = os.urandom(16)
        base = self._derivation_base(password)
        uid = self.objects.keep(
            self.client.derive_key(
                enums.ObjectType.SYMMETRIC_KEY,
                [base],
                enums.DerivationMethod.PBKDF2,
                {
                    "cryptographic_parameters": {
                        "hashing_algorithm": enums.HashingAlgorithm.SHA_256
                    },
                    "salt": salt,
                    "iteration_count": 1000,
                },
                cryptographic_length=256,
                cryptographic_algorithm=Alg.AES,
            )
        )
        self.assertEqual(
            hashlib.pbkdf2_hmac("sha256", password, salt, 1000, 32),
            self.client.get(uid).value,
        )

    def test_derive_key_hmac(self):
        base_value = os.urandom(32)
        data = b"derivation data " + os.urandom(8)
        base = self._derivation_base(base_value)
        uid = self.objects.keep(
            self.client.derive_key(
                enums.ObjectType.SYMMETRIC_KEY,
                [base],
                enums.DerivationMethod.HMAC,
                {
                    "cryptographic_parameters": {
                        "hashing_algorithm": enums.HashingAlgorithm.SHA_256
                    },
                    "derivation_data": data,
                },
                cryptographic_length=256,
                cryptographic_algorithm=Alg.AES,
            )
        )
        self.assertEqual(
            hmac.new(base_value, data, hashlib.sha256).digest(),
            self.client.get(uid).value,
        )

    def test_derive_key_encrypt(self):
        base_id = self.create_aes(128, masks=[Mask.DERIVE_KEY])
        self.client.activate(base_id)
        base_value = self.client.get(base_id).value
        data = os.urandom(16)
        uid = self.objects.keep(
            self.client.derive_key(
                enums.ObjectType.SYMMETRIC_KEY,
                [base_id],
                enums.DerivationMethod.ENCRYPT,
                {
                    "cryptographic_parameters": {
                        "block_cipher_mode": enums.BlockCipherMode.ECB,
                        "padding_method": enums.PaddingMethod.NONE,
                        "cryptographic_algorithm": Alg.AES,
                    },
                    "derivation_data": data,
                },
                cryptographic_length=128,
                cryptographic_algorithm=Alg.AES,
            )
        )
        encryptor = Cipher(algorithms.AES(base_value), modes.ECB()).encryptor()
        self.assertEqual(encryptor.update(data) + encryptor.finalize(), self.client.get(uid).value)

    # -- Encrypt, Decrypt ------------------------------------------------------

    def test_encrypt_decrypt_aes_cbc_server_iv(self):
        uid, key = self.active_aes(256)
        params = {
            "cryptographic_algorithm": Alg.AES,
            "block_cipher_mode": enums.BlockCipherMode.CBC,
            "padding_method": enums.PaddingMethod.PKCS5,
            "random_iv": True,
        }
        plain = b"interoperability " + os.urandom(40)
        cipher, iv = self.client.encrypt(plain, uid=uid, cryptographic_parameters=params)
        self.assertEqual(16, len(iv))
        self.assertNotIn(plain, cipher)
        params.pop("random_iv")
        self.assertEqual(
            plain,
            self.client.decrypt(
                cipher, uid=uid, cryptographic_parameters=params, iv_counter_nonce=iv
            ),
        )
        # The same result as any AES-CBC: decrypt locally with the key's bytes.
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(cipher) + decryptor.finalize()
        self.assertEqual(plain, padded[: -padded[-1]])

    def test_encrypt_decrypt_aes_cbc_client_iv_and_ctr(self):
        uid, key = self.active_aes(128)
        iv = os.urandom(16)
        plain = os.urandom(48)
        for mode, padding_method, local in (
            (enums.BlockCipherMode.CBC, enums.PaddingMethod.NONE, modes.CBC(iv)),
            (enums.BlockCipherMode.CTR, None, modes.CTR(iv)),
        ):
            with self.subTest(mode=mode.name):
                params = {
                    "cryptographic_algorithm": Alg.AES,
                    "block_cipher_mode": mode,
                    "padding_method": padding_method,
                }
                cipher, returned_iv = self.client.encrypt(
                    plain, uid=uid, cryptographic_parameters=params, iv_counter_nonce=iv
                )
                self.assertIsNone(returned_iv)
                encryptor = Cipher(algorithms.AES(key), local).encryptor()
                self.assertEqual(encryptor.update(plain) + encryptor.finalize(), cipher)
                self.assertEqual(
                    plain,
                    self.client.decrypt(
                        cipher,
                        uid=uid,
                        cryptographic_parameters=params,
                        iv_counter_nonce=iv,
                    ),
                )

    def test_encrypt_decrypt_rsa_oaep(self):
        pub, priv = self.rsa_pair()
        params = {
            "cryptographic_algorithm": Alg.RSA,
            "padding_method": enums.PaddingMethod.OAEP,
            "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
        }
        plain = os.urandom(32)
        cipher, _ = self.client.encrypt(plain, uid=pub, cryptographic_parameters=params)
        self.assertEqual(256, len(cipher))
        self.assertEqual(
            plain, self.client.decrypt(cipher, uid=priv, cryptographic_parameters=params)
        )
        # A ciphertext made locally with the public key decrypts on the server. PyKMIP
        # 0.10 cannot send the Mask Generator Hashing Algorithm (KMIP 1.4), so MGF1 uses
        # its default, SHA-1 (KMIP 1.4 §2.1.5 Table 12; RFC 8017 A.2.1).
        public = serialization.load_der_public_key(self.client.get(pub).value)
        local = public.encrypt(
            plain,
            padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA256(), label=None),
        )
        self.assertEqual(
            plain, self.client.decrypt(local, uid=priv, cryptographic_parameters=params)
        )

    def test_decrypt_with_wrong_key_fails(self):
        uid, _ = self.active_aes(128)
        other, _ = self.active_aes(128)
        params = {
            "cryptographic_algorithm": Alg.AES,
            "block_cipher_mode": enums.BlockCipherMode.CBC,
            "padding_method": enums.PaddingMethod.PKCS5,
        }
        iv = os.urandom(16)
        cipher, _ = self.client.encrypt(
            b"sixteen byte msg" * 2, uid=uid, cryptographic_parameters=params, iv_counter_nonce=iv
        )
        try:
            plain = self.client.decrypt(
                cipher, uid=other, cryptographic_parameters=params, iv_counter_nonce=iv
            )
        except pie_exceptions.KmipOperationFailure:
            return
        self.assertNotEqual(b"sixteen byte msg" * 2, plain)

    # -- Sign, Signature Verify, MAC ---------------------------------------------

    def test_sign_and_verify_rsa(self):
        pub, priv = self.rsa_pair()
        public = serialization.load_der_public_key(self.client.get(pub).value)
        message = b"a message to sign " + os.urandom(16)
        for label, params, local in (
            (
                "PKCS#1 v1.5 SHA-256",
                {
                    "cryptographic_algorithm": Alg.RSA,
                    "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
                    "padding_method": enums.PaddingMethod.PKCS1v15,
                },
                padding.PKCS1v15(),
            ),
            (
                "PSS SHA-256",
                {
                    "cryptographic_algorithm": Alg.RSA,
                    "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
                    "padding_method": enums.PaddingMethod.PSS,
                },
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO),
            ),
            (
                "SHA256withRSA",
                {
                    "digital_signature_algorithm": (
                        enums.DigitalSignatureAlgorithm.SHA256_WITH_RSA_ENCRYPTION
                    ),
                },
                padding.PKCS1v15(),
            ),
        ):
            with self.subTest(params=label):
                signature = self.client.sign(message, uid=priv, cryptographic_parameters=params)
                public.verify(signature, message, local, hashes.SHA256())
                self.assertEqual(
                    enums.ValidityIndicator.VALID,
                    self.client.signature_verify(
                        message, signature, uid=pub, cryptographic_parameters=params
                    ),
                )
                tampered = bytes([signature[0] ^ 1]) + signature[1:]
                self.assertEqual(
                    enums.ValidityIndicator.INVALID,
                    self.client.signature_verify(
                        message, tampered, uid=pub, cryptographic_parameters=params
                    ),
                )
                self.assertEqual(
                    enums.ValidityIndicator.INVALID,
                    self.client.signature_verify(
                        message + b"!", signature, uid=pub, cryptographic_parameters=params
                    ),
                )

    def test_sign_and_verify_ecdsa(self):
        pub, priv = self.objects.keep(
            *self.client.create_key_pair(
                Alg.EC,
                256,
                public_usage_mask=[Mask.VERIFY],
                private_usage_mask=[Mask.SIGN],
            )
        )
        self.client.activate(pub)
        self.client.activate(priv)
        params = {
            "cryptographic_algorithm": Alg.EC,
            "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
        }
        message = os.urandom(64)
        signature = self.client.sign(message, uid=priv, cryptographic_parameters=params)
        public = serialization.load_der_private_key(self.client.get(priv).value, None).public_key()
        public.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        self.assertEqual(
            enums.ValidityIndicator.VALID,
            self.client.signature_verify(
                message, signature, uid=pub, cryptographic_parameters=params
            ),
        )
        self.assertEqual(
            enums.ValidityIndicator.INVALID,
            self.client.signature_verify(
                message[1:], signature, uid=pub, cryptographic_parameters=params
            ),
        )

    def test_mac_hmac_sha256(self):
        uid = self.objects.keep(
            self.client.create(
                Alg.HMAC_SHA256,
                256,
                name=self.objects.name("hmac"),
                cryptographic_usage_mask=[Mask.MAC_GENERATE, Mask.MAC_VERIFY],
            )
        )
        self.client.activate(uid)
        key = self.client.get(uid).value
        data = b"authenticate me " + os.urandom(8)
        got_id, mac = self.client.mac(data, uid=uid, algorithm=Alg.HMAC_SHA256)
        self.assertEqual(uid, got_id)
        self.assertEqual(hmac.new(key, data, hashlib.sha256).digest(), mac)
        _, other = self.client.mac(data + b"!", uid=uid, algorithm=Alg.HMAC_SHA256)
        self.assertNotEqual(mac, other)

    # -- Access between users -----------------------------------------------------

    def test_wrong_password_is_refused(self):
        with _pie(self.version, password="not-the-password-" + RUN) as intruder:
            self.assertFails(
                enums.ResultReason.AUTHENTICATION_NOT_SUCCESSFUL,
                intruder.locate,
            )

    def test_another_user_cannot_see_my_objects(self):
        if not (OTHER_USERNAME and OTHER_PASSWORD):
            self.skipTest("PYKMIP_OTHER_USERNAME/PYKMIP_OTHER_PASSWORD not set")
        name = self.objects.name("private")
        uid = self.create_aes(128, name=name)
        self.client.activate(uid)
        by_name = [ATTRIBUTES.create_attribute(A.NAME, name)]
        self.assertEqual([uid], self.client.locate(attributes=by_name))
        with _pie(self.version, username=OTHER_USERNAME, password=OTHER_PASSWORD) as other:
            self.assertEqual([], other.locate(attributes=by_name))
            self.assertNotIn(uid, other.locate())
            self.assertFails(self.not_found(), other.get, uid)
            self.assertFails(self.not_found(), other.get_attributes, uid)
            self.assertFails(self.not_found(), other.encrypt, b"x" * 16, uid=uid)
            self.assertFails(
                self.not_found(),
                other.revoke,
                enums.RevocationReasonCode.KEY_COMPROMISE,
                uid,
            )
            self.assertFails(self.not_found(), other.destroy, uid)
            own_name = [ATTRIBUTES.create_attribute(A.NAME, self.objects.name("other"))]
            mine = other.create(Alg.AES, 128, name=own_name[0].attribute_value.name_value.value)
            try:
                self.assertEqual([mine], other.locate(attributes=own_name))
                self.assertNotIn(uid, other.locate())
                self.assertEqual([], self.client.locate(attributes=own_name))
            finally:
                other.destroy(mine)
        self.assertEqual([uid], self.client.locate(attributes=by_name))
        self.assertEqual(enums.State.ACTIVE, self.state(uid))


class ProxyCases:
    """kmip.services.kmip_client.KMIPProxy, the lower-level client, one connection per version."""

    version = None
    label = None

    @classmethod
    def setUpClass(cls):
        _requires_config()
        cls.proxy = _proxy(cls.version)
        cls.proxy.open()
        cls.objects = _Objects("proxy" + cls.label)

    @classmethod
    def tearDownClass(cls):
        cls.objects.clean_up(cls.proxy)
        cls.proxy.close()

    def at_least(self, version):
        return self.version.value >= version.value

    def not_found(self):
        # What a server answers for an object the caller may not see: Item Not Found in
        # KMIP 1.x, Object Not Found in 2.x (the OASIS 2.1 vectors use the latter).
        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            return enums.ResultReason.OBJECT_NOT_FOUND
        return enums.ResultReason.ITEM_NOT_FOUND

    def assertSuccess(self, result):
        status = (
            result["result_status"] if isinstance(result, dict) else result.result_status.value
        )
        if status != enums.ResultStatus.SUCCESS:
            if isinstance(result, dict):
                message = result.get("result_message")
                reason = result.get("result_reason")
            else:
                message = result.result_message and result.result_message.value
                reason = result.result_reason and result.result_reason.value
            self.fail("{}: {}: {}".format(status, reason, message))
        return result

    def template(self, *attributes, tag=enums.Tags.TEMPLATE_ATTRIBUTE):
        return cobjects.TemplateAttribute(
            attributes=[ATTRIBUTES.create_attribute(t, v) for t, v in attributes], tag=tag
        )

    def create_aes(self, length=128, masks=(Mask.ENCRYPT, Mask.DECRYPT)):
        result = self.assertSuccess(
            self.proxy.create(
                enums.ObjectType.SYMMETRIC_KEY,
                self.template(
                    (A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                    (A.CRYPTOGRAPHIC_LENGTH, length),
                    (A.CRYPTOGRAPHIC_USAGE_MASK, list(masks)),
                    (A.NAME, self.objects.name("aes")),
                ),
            )
        )
        return self.objects.keep(result.uuid)

    def rsa_pair(self):
        result = self.assertSuccess(
            self.proxy.create_key_pair(
                common_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_ALGORITHM, Alg.RSA),
                    (A.CRYPTOGRAPHIC_LENGTH, 2048),
                    tag=enums.Tags.COMMON_TEMPLATE_ATTRIBUTE,
                ),
                private_key_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.SIGN]),
                    (A.NAME, self.objects.name("priv")),
                    tag=enums.Tags.PRIVATE_KEY_TEMPLATE_ATTRIBUTE,
                ),
                public_key_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.VERIFY]),
                    (A.NAME, self.objects.name("pub")),
                    tag=enums.Tags.PUBLIC_KEY_TEMPLATE_ATTRIBUTE,
                ),
            )
        )
        self.objects.keep(result.public_key_uuid, result.private_key_uuid)
        return result.public_key_uuid, result.private_key_uuid

    def activate(self, *uids):
        for uid in uids:
            self.assertSuccess(self.proxy.activate(uid))

    def key_bytes(self, uid):
        result = self.assertSuccess(self.proxy.get(uid))
        return result.secret.key_block.key_value.key_material.value

    # -- Discover Versions, Query ------------------------------------------------

    def test_discover_versions(self):
        result = self.assertSuccess(self.proxy.discover_versions())
        offered = [(v.major, v.minor) for v in result.protocol_versions]
        for wanted in ((2, 0), (1, 4), (1, 3), (1, 2)):
            self.assertIn(wanted, offered)
        self.assertEqual(sorted(offered, reverse=True), offered)
        asked = [contents.ProtocolVersion(1, 2), contents.ProtocolVersion(9, 9)]
        result = self.assertSuccess(self.proxy.discover_versions(protocol_versions=asked))
        self.assertEqual([(1, 2)], [(v.major, v.minor) for v in result.protocol_versions])

    def test_query(self):
        result = self.assertSuccess(
            self.proxy.query(
                query_functions=[
                    enums.QueryFunction.QUERY_OPERATIONS,
                    enums.QueryFunction.QUERY_OBJECTS,
                    enums.QueryFunction.QUERY_SERVER_INFORMATION,
                ]
            )
        )
        operations = {enums.Operation(getattr(o, "value", o)) for o in result.operations}
        for op in (
            enums.Operation.CREATE,
            enums.Operation.CREATE_KEY_PAIR,
            enums.Operation.REGISTER,
            enums.Operation.LOCATE,
            enums.Operation.GET,
            enums.Operation.ENCRYPT,
            enums.Operation.SIGN,
            enums.Operation.DESTROY,
            enums.Operation.QUERY,
            enums.Operation.DISCOVER_VERSIONS,
        ):
            self.assertIn(op, operations)
        types = {enums.ObjectType(getattr(o, "value", o)) for o in result.object_types}
        for t in (
            enums.ObjectType.SYMMETRIC_KEY,
            enums.ObjectType.PUBLIC_KEY,
            enums.ObjectType.PRIVATE_KEY,
            enums.ObjectType.CERTIFICATE,
            enums.ObjectType.SECRET_DATA,
            enums.ObjectType.OPAQUE_DATA,
        ):
            self.assertIn(t, types)
        vendor = getattr(result.vendor_identification, "value", result.vendor_identification)
        self.assertTrue(vendor)

    # -- Create, Register, Get ---------------------------------------------------

    def test_create_and_get_raw(self):
        uid = self.create_aes(256)
        result = self.assertSuccess(
            self.proxy.get(uid, key_format_type=misc.KeyFormatType(enums.KeyFormatType.RAW))
        )
        self.assertEqual(
            enums.ObjectType.SYMMETRIC_KEY, enums.ObjectType(result.object_type.value)
        )
        self.assertEqual(uid, result.uuid)
        block = result.secret.key_block
        self.assertEqual(enums.KeyFormatType.RAW, block.key_format_type.value)
        self.assertEqual(32, len(block.key_value.key_material.value))

    def test_get_private_key_in_another_format(self):
        pub, priv = self.rsa_pair()
        for uid, fmt, load in (
            (
                priv,
                enums.KeyFormatType.PKCS_8,
                lambda b: serialization.load_der_private_key(b, None),
            ),
            (
                priv,
                enums.KeyFormatType.PKCS_1,
                lambda b: serialization.load_der_private_key(b, None),
            ),
            (pub, enums.KeyFormatType.X_509, serialization.load_der_public_key),
            (pub, enums.KeyFormatType.PKCS_1, serialization.load_der_public_key),
        ):
            with self.subTest(format=fmt.name, key=uid):
                result = self.assertSuccess(
                    self.proxy.get(uid, key_format_type=misc.KeyFormatType(fmt))
                )
                block = result.secret.key_block
                self.assertEqual(fmt, block.key_format_type.value)
                load(block.key_value.key_material.value)

    def test_get_ec_public_key_uncompressed(self):
        result = self.assertSuccess(
            self.proxy.create_key_pair(
                common_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_ALGORITHM, Alg.EC),
                    (A.CRYPTOGRAPHIC_LENGTH, 256),
                    tag=enums.Tags.COMMON_TEMPLATE_ATTRIBUTE,
                ),
                private_key_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.SIGN]),
                    tag=enums.Tags.PRIVATE_KEY_TEMPLATE_ATTRIBUTE,
                ),
                public_key_template_attribute=self.template(
                    (A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.VERIFY]),
                    tag=enums.Tags.PUBLIC_KEY_TEMPLATE_ATTRIBUTE,
                ),
            )
        )
        self.objects.keep(result.public_key_uuid, result.private_key_uuid)
        got = self.assertSuccess(
            self.proxy.get(
                result.public_key_uuid,
                key_compression_type=enums.KeyCompressionType.EC_PUBLIC_KEY_TYPE_UNCOMPRESSED,
            )
        )
        self.assertEqual(enums.ObjectType.PUBLIC_KEY, enums.ObjectType(got.object_type.value))

    def test_register_and_get_symmetric_key(self):
        value = os.urandom(32)
        secret = secret_factories.SecretFactory().create(
            enums.ObjectType.SYMMETRIC_KEY,
            {
                "key_format_type": enums.KeyFormatType.RAW,
                "key_value": value,
                "cryptographic_algorithm": Alg.AES,
                "cryptographic_length": 256,
            },
        )
        result = self.assertSuccess(
            self.proxy.register(
                enums.ObjectType.SYMMETRIC_KEY,
                self.template((A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.ENCRYPT])),
                secret,
            )
        )
        uid = self.objects.keep(result.uuid)
        self.assertEqual(value, self.key_bytes(uid))

    def test_locate_with_maximum_and_offset(self):
        ids = [self.create_aes(128) for _ in range(3)]
        criteria = [
            ATTRIBUTES.create_attribute(A.OBJECT_TYPE, enums.ObjectType.SYMMETRIC_KEY),
            ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_LENGTH, 128),
        ]
        result = self.assertSuccess(self.proxy.locate(attributes=criteria))
        located = [u.value if hasattr(u, "value") else u for u in result.uuids]
        self.assertTrue(set(ids) <= set(located))
        result = self.assertSuccess(self.proxy.locate(maximum_items=2, attributes=criteria))
        self.assertEqual(2, len(result.uuids))
        if self.at_least(enums.KMIPVersion.KMIP_1_3):
            result = self.assertSuccess(
                self.proxy.locate(maximum_items=1, offset_items=2, attributes=criteria)
            )
            self.assertEqual(located[2:3], [getattr(u, "value", u) for u in result.uuids])

    def test_locate_storage_status_and_group_member(self):
        uid = self.create_aes(128)
        result = self.assertSuccess(self.proxy.get_attributes(uid, ["Name"]))
        name = _values(result.attributes, "Name")[0]
        by_name = [ATTRIBUTES.create_attribute(A.NAME, name)]
        online = enums.StorageStatusMask.ONLINE_STORAGE.value
        archival = enums.StorageStatusMask.ARCHIVAL_STORAGE.value
        result = self.assertSuccess(
            self.proxy.locate(storage_status_mask=online, attributes=by_name)
        )
        self.assertEqual([uid], [getattr(u, "value", u) for u in result.uuids])
        result = self.assertSuccess(
            self.proxy.locate(storage_status_mask=archival, attributes=by_name)
        )
        self.assertEqual([], list(result.uuids or []))
        result = self.assertSuccess(
            self.proxy.locate(
                object_group_member=enums.ObjectGroupMember.GROUP_MEMBER_DEFAULT,
                attributes=by_name,
            )
        )
        self.assertEqual([uid], [getattr(u, "value", u) for u in result.uuids])

    def test_get_attributes_and_attribute_list(self):
        uid = self.create_aes(128)
        result = self.assertSuccess(
            self.proxy.get_attributes(uid, ["Cryptographic Length", "Object Type"])
        )
        self.assertEqual([128], _values(result.attributes, "Cryptographic Length"))
        self.assertEqual(
            [enums.ObjectType.SYMMETRIC_KEY], _values(result.attributes, "Object Type")
        )
        result = self.assertSuccess(self.proxy.get_attribute_list(uid))
        names = [getattr(n, "value", n) for n in result.names]
        self.assertIn("Cryptographic Length", names)
        self.assertIn("Object Type", names)

    # -- Lifecycle ---------------------------------------------------------------

    def test_activate_revoke_destroy(self):
        uid = self.create_aes(128)
        self.activate(uid)
        self.assertSuccess(
            self.proxy.revoke(
                enums.RevocationReasonCode.KEY_COMPROMISE,
                uid,
                revocation_message="test",
                compromise_occurrence_date=primitives.DateTime(
                    int(time.time()), enums.Tags.COMPROMISE_OCCURRENCE_DATE
                ),
            )
        )
        result = self.assertSuccess(self.proxy.get_attributes(uid, ["State"]))
        self.assertEqual([enums.State.COMPROMISED], _values(result.attributes, "State"))
        self.assertSuccess(self.proxy.destroy(uid))
        result = self.proxy.get(uid)
        self.assertEqual(enums.ResultStatus.OPERATION_FAILED, result.result_status.value)

    def test_check(self):
        uid = self.create_aes(128)
        result = self.assertSuccess(self.proxy.check(uid, cryptographic_usage_mask=[Mask.ENCRYPT]))
        self.assertEqual(uid, result["unique_identifier"])
        result = self.assertSuccess(
            self.proxy.check(uid, cryptographic_usage_mask=[Mask.ENCRYPT, Mask.DECRYPT])
        )
        self.assertEqual(uid, result["unique_identifier"])

    def test_rekey_with_template(self):
        uid = self.create_aes(128)
        self.activate(uid)
        later = int(time.time()) + 3600
        result = self.assertSuccess(
            self.proxy.rekey(
                uuid=uid,
                template_attribute=self.template((A.ACTIVATION_DATE, later)),
            )
        )
        new_id = self.objects.keep(result["unique_identifier"])
        self.assertNotEqual(uid, new_id)
        self.assertNotEqual(self.key_bytes(uid), self.key_bytes(new_id))
        got = self.assertSuccess(self.proxy.get_attributes(new_id, ["Activation Date"]))
        self.assertEqual([later], _values(got.attributes, "Activation Date"))

    def test_rekey_key_pair(self):
        pub, priv = self.rsa_pair()
        self.activate(pub, priv)
        result = self.assertSuccess(
            self.proxy.rekey_key_pair(
                private_key_uuid=cattributes.PrivateKeyUniqueIdentifier(priv)
            )
        )
        self.objects.keep(result.public_key_uuid, result.private_key_uuid)
        self.assertNotIn(result.private_key_uuid, (pub, priv))
        self.assertNotIn(result.public_key_uuid, (pub, priv))
        old = serialization.load_der_private_key(self.key_bytes(priv), None)
        new = serialization.load_der_private_key(self.key_bytes(result.private_key_uuid), None)
        self.assertNotEqual(old.private_numbers().d, new.private_numbers().d)
        new_public = serialization.load_der_public_key(self.key_bytes(result.public_key_uuid))
        self.assertEqual(new.public_key().public_numbers(), new_public.public_numbers())

    def test_derive_key_nist_800_108_counter(self):
        base = self.create_aes(256, masks=[Mask.DERIVE_KEY])
        self.activate(base)
        data = os.urandom(32)
        result = self.assertSuccess(
            self.proxy.derive_key(
                enums.ObjectType.SYMMETRIC_KEY,
                [base],
                enums.DerivationMethod.NIST800_108_C,
                cattributes.DerivationParameters(
                    cryptographic_parameters=cattributes.CryptographicParameters(
                        hashing_algorithm=enums.HashingAlgorithm.SHA_256
                    ),
                    derivation_data=data,
                ),
                self.template((A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES), (A.CRYPTOGRAPHIC_LENGTH, 128)),
            )
        )
        uid = self.objects.keep(result["unique_identifier"])
        self.assertEqual(16, len(self.key_bytes(uid)))

    # -- Cryptographic operations --------------------------------------------------

    def test_encrypt_decrypt(self):
        uid = self.create_aes(256)
        self.activate(uid)
        params = cattributes.CryptographicParameters(
            block_cipher_mode=enums.BlockCipherMode.CBC,
            padding_method=enums.PaddingMethod.PKCS5,
            cryptographic_algorithm=Alg.AES,
        )
        iv = os.urandom(16)
        result = self.assertSuccess(self.proxy.encrypt(b"proxy data", uid, params, iv))
        self.assertEqual(uid, result["unique_identifier"])
        result = self.assertSuccess(self.proxy.decrypt(result["data"], uid, params, iv))
        self.assertEqual(b"proxy data", result["data"])

    def test_sign_verify(self):
        pub, priv = self.rsa_pair()
        self.activate(pub, priv)
        params = cattributes.CryptographicParameters(
            digital_signature_algorithm=enums.DigitalSignatureAlgorithm.SHA256_WITH_RSA_ENCRYPTION
        )
        result = self.assertSuccess(self.proxy.sign(b"proxy message", priv, params))
        signature = result["signature"]
        result = self.assertSuccess(
            self.proxy.signature_verify(b"proxy message", signature, pub, params)
        )
        self.assertEqual(enums.ValidityIndicator.VALID, result["validity_indicator"])
        result = self.assertSuccess(
            self.proxy.signature_verify(b"proxy messagE", signature, pub, params)
        )
        self.assertEqual(enums.ValidityIndicator.INVALID, result["validity_indicator"])

    def test_mac(self):
        result = self.assertSuccess(
            self.proxy.create(
                enums.ObjectType.SYMMETRIC_KEY,
                self.template(
                    (A.CRYPTOGRAPHIC_ALGORITHM, Alg.HMAC_SHA512),
                    (A.CRYPTOGRAPHIC_LENGTH, 512),
                    (A.CRYPTOGRAPHIC_USAGE_MASK, [Mask.MAC_GENERATE]),
                ),
            )
        )
        uid = self.objects.keep(result.uuid)
        self.activate(uid)
        result = self.assertSuccess(
            self.proxy.mac(
                b"proxy mac",
                uid,
                cattributes.CryptographicParameters(cryptographic_algorithm=Alg.HMAC_SHA512),
            )
        )
        self.assertEqual(
            hmac.new(self.key_bytes(uid), b"proxy mac", hashlib.sha512).digest(),
            result.mac_data.value,
        )

    def test_credential_of_another_user(self):
        if not (OTHER_USERNAME and OTHER_PASSWORD):
            self.skipTest("PYKMIP_OTHER_USERNAME/PYKMIP_OTHER_PASSWORD not set")
        uid = self.create_aes(128)
        other = CredentialFactory().create_credential(
            enums.CredentialType.USERNAME_AND_PASSWORD,
            {"Username": OTHER_USERNAME, "Password": OTHER_PASSWORD},
        )
        result = self.proxy.get(uid, credential=other)
        self.assertEqual(enums.ResultStatus.OPERATION_FAILED, result.result_status.value)
        self.assertEqual(self.not_found(), result.result_reason.value)
        result = self.proxy.destroy(uid, credential=other)
        self.assertEqual(self.not_found(), result.result_reason.value)
        self.assertSuccess(self.proxy.get(uid))


class _ResponsePayloads(response_factories.ResponsePayloadFactory):
    """PyKMIP's response payload factory, plus the payload classes PyKMIP 0.10 ships but
    does not register there (Archive, Recover, Obtain Lease, Get Usage Allocation, Cancel)."""

    def _create_archive_payload(self):
        return payloads.ArchiveResponsePayload()

    def _create_recover_payload(self):
        return payloads.RecoverResponsePayload()

    def _create_obtain_lease_payload(self):
        return payloads.ObtainLeaseResponsePayload()

    def _create_get_usage_allocation_payload(self):
        return payloads.GetUsageAllocationResponsePayload()

    def _create_cancel_payload(self):
        return payloads.CancelResponsePayload()


class PayloadCases:
    """KMIPProxy.send_request_payload, the generic entry point, with PyKMIP's own payload
    classes: what neither client wraps in a method of its own."""

    version = None
    label = None

    @classmethod
    def setUpClass(cls):
        _requires_config()
        cls.proxy = _proxy(cls.version)
        cls.proxy.open()
        cls.objects = _Objects("payload" + cls.label)
        cls._factory = messages.ResponsePayloadFactory
        messages.ResponsePayloadFactory = _ResponsePayloads

    @classmethod
    def tearDownClass(cls):
        messages.ResponsePayloadFactory = cls._factory
        cls.objects.clean_up(cls.proxy)
        cls.proxy.close()

    def at_least(self, version):
        return self.version.value >= version.value

    def not_found(self):
        # What a server answers for an object the caller may not see: Item Not Found in
        # KMIP 1.x, Object Not Found in 2.x (the OASIS 2.1 vectors use the latter).
        if self.at_least(enums.KMIPVersion.KMIP_2_0):
            return enums.ResultReason.OBJECT_NOT_FOUND
        return enums.ResultReason.ITEM_NOT_FOUND

    def send(self, operation, payload):
        return self.proxy.send_request_payload(operation, payload)

    def create_aes(self, masks=(Mask.ENCRYPT, Mask.DECRYPT)):
        template = cobjects.TemplateAttribute(
            attributes=[
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_ALGORITHM, Alg.AES),
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_LENGTH, 256),
                ATTRIBUTES.create_attribute(A.CRYPTOGRAPHIC_USAGE_MASK, list(masks)),
            ]
        )
        response = self.send(
            enums.Operation.CREATE,
            payloads.CreateRequestPayload(
                object_type=enums.ObjectType.SYMMETRIC_KEY, template_attribute=template
            ),
        )
        return self.objects.keep(response.unique_identifier)

    def test_encrypt_decrypt_aes_gcm_with_tag(self):
        if not self.at_least(enums.KMIPVersion.KMIP_1_4):
            self.skipTest(
                "PyKMIP 0.10 encodes Authenticated Encryption Additional Data and Tag "
                "in Encrypt/Decrypt payloads only for KMIP 1.4 and later"
            )
        uid = self.create_aes()
        self.proxy.activate(uid)
        key = self.send(
            enums.Operation.GET, payloads.GetRequestPayload(unique_identifier=uid)
        ).secret.key_block.key_value.key_material.value
        params = cattributes.CryptographicParameters(
            cryptographic_algorithm=Alg.AES,
            block_cipher_mode=enums.BlockCipherMode.GCM,
            tag_length=16,
        )
        nonce = os.urandom(12)
        aad = b"header " + RUN.encode()
        plain = b"authenticated " + os.urandom(20)
        encrypted = self.send(
            enums.Operation.ENCRYPT,
            payloads.EncryptRequestPayload(
                unique_identifier=uid,
                cryptographic_parameters=params,
                data=plain,
                iv_counter_nonce=nonce,
                auth_additional_data=aad,
            ),
        )
        self.assertEqual(16, len(encrypted.auth_tag))
        self.assertEqual(
            AESGCM(key).encrypt(nonce, plain, aad), encrypted.data + encrypted.auth_tag
        )
        decrypted = self.send(
            enums.Operation.DECRYPT,
            payloads.DecryptRequestPayload(
                unique_identifier=uid,
                cryptographic_parameters=params,
                data=encrypted.data,
                iv_counter_nonce=nonce,
                auth_additional_data=aad,
                auth_tag=encrypted.auth_tag,
            ),
        )
        self.assertEqual(plain, decrypted.data)
        bad_tag = bytes([encrypted.auth_tag[0] ^ 1]) + encrypted.auth_tag[1:]
        with self.assertRaises(Exception):
            self.send(
                enums.Operation.DECRYPT,
                payloads.DecryptRequestPayload(
                    unique_identifier=uid,
                    cryptographic_parameters=params,
                    data=encrypted.data,
                    iv_counter_nonce=nonce,
                    auth_additional_data=aad,
                    auth_tag=bad_tag,
                ),
            )

    def test_archive_and_recover(self):
        uid = self.create_aes()
        archived = self.send(
            enums.Operation.ARCHIVE, payloads.ArchiveRequestPayload(unique_identifier=uid)
        )
        self.assertEqual(uid, archived.unique_identifier)
        located = self.send(
            enums.Operation.LOCATE,
            payloads.LocateRequestPayload(
                storage_status_mask=enums.StorageStatusMask.ARCHIVAL_STORAGE.value
            ),
        )
        self.assertIn(uid, located.unique_identifiers)
        recovered = self.send(
            enums.Operation.RECOVER, payloads.RecoverRequestPayload(unique_identifier=uid)
        )
        self.assertEqual(uid, recovered.unique_identifier)
        got = self.send(enums.Operation.GET, payloads.GetRequestPayload(unique_identifier=uid))
        self.assertEqual(32, len(got.secret.key_block.key_value.key_material.value))

    def test_obtain_lease(self):
        uid = self.create_aes()
        self.proxy.activate(uid)
        lease = self.send(
            enums.Operation.OBTAIN_LEASE, payloads.ObtainLeaseRequestPayload(unique_identifier=uid)
        )
        self.assertEqual(uid, lease.unique_identifier)
        self.assertIsNotNone(lease.lease_time)
        self.assertIsNotNone(lease.last_change_date)

    def test_get_usage_allocation_needs_usage_limits(self):
        """Get Usage Allocation is for objects with Usage Limits, which PyKMIP 0.10 cannot
        set (its AttributeValueFactory raises NotImplementedError for Usage Limits); the
        operation itself must still be understood and refused with a KMIP reason."""
        uid = self.create_aes()
        self.proxy.activate(uid)
        with self.assertRaises(core_exceptions.OperationFailure) as caught:
            self.send(
                enums.Operation.GET_USAGE_ALLOCATION,
                payloads.GetUsageAllocationRequestPayload(
                    unique_identifier=uid, usage_limits_count=10
                ),
            )
        self.assertEqual(enums.ResultStatus.OPERATION_FAILED, caught.exception.status)
        self.assertNotIn(
            caught.exception.reason,
            (enums.ResultReason.GENERAL_FAILURE, enums.ResultReason.OPERATION_NOT_SUPPORTED),
        )

    def test_cancel_unknown_request(self):
        response = self.send(
            enums.Operation.CANCEL,
            payloads.CancelRequestPayload(asynchronous_correlation_value=b"\x00" * 8),
        )
        # Nothing runs asynchronously under that value: Unavailable (KMIP 1.4 §9.1.3.2.24).
        self.assertEqual(enums.CancellationResult.UNAVAILABLE, response.cancellation_result)


def _label(version):
    return version.replace(".", "_")


for _v in SELECTED:
    for _base in (PieClientCases, ProxyCases, PayloadCases):
        _name = "{}_KMIP_{}".format(_base.__name__.replace("Cases", ""), _label(_v))
        globals()[_name] = type(
            _name,
            (_base, unittest.TestCase),
            {"version": VERSIONS[_v], "label": _label(_v), "__module__": __name__},
        )

del _v, _base, _name


if __name__ == "__main__":
    unittest.main(verbosity=2)
