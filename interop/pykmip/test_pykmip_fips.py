"""FIPS mode as PyKMIP 0.10 sees it: a server in FIPS mode refuses non-approved
algorithms and key sizes, naming the algorithm, and serves the approved ones.

Run against a node in FIPS mode (``arca fips enable`` and a restart):

  PYKMIP_CONFIG=arca-data/clients/client/pykmip.conf /usr/bin/python3 -m unittest -v test_pykmip_fips

Refused, each with result reason Cryptographic Failure or Invalid Field and a message
naming the algorithm: a 3DES key, a Blowfish key, an RSA-1024 key pair, a 64-bit HMAC
key, an MD5 hash. Working: AES-256 (encrypt and decrypt), RSA-3072 and ECDSA P-256
(sign and verify, checked locally with ``cryptography``), a SHA-256 hash.

Configuration: PYKMIP_CONFIG (required), PYKMIP_SECTION (default "client").
"""

import hashlib
import os
import unittest

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric import padding

from kmip.core import enums
from kmip.core import primitives
from kmip.core.messages import messages
from kmip.pie import client as pie_client
from kmip.pie import exceptions as pie_exceptions
from kmip.services import kmip_client

CONFIG = os.environ.get("PYKMIP_CONFIG")
SECTION = os.environ.get("PYKMIP_SECTION", "client")
VERSION = enums.KMIPVersion.KMIP_1_4

Alg = enums.CryptographicAlgorithm
Mask = enums.CryptographicUsageMask
REFUSALS = (enums.ResultReason.CRYPTOGRAPHIC_FAILURE, enums.ResultReason.INVALID_FIELD)


def _requires_config():
    if not CONFIG:
        raise unittest.SkipTest("PYKMIP_CONFIG is not set: nothing to test against")
    if not os.path.exists(CONFIG):
        raise FileNotFoundError("PYKMIP_CONFIG: no such file: " + CONFIG)


def _ttlv(tag, item_type, value):
    padding_length = -len(value) % 8
    return tag.to_bytes(3, "big") + bytes([item_type]) + len(value).to_bytes(4, "big") + (
        value + b"\0" * padding_length
    )


class _RawPayload:
    """A request payload given as TTLV bytes, for operations PyKMIP has no payload for."""

    def __init__(self, encoded):
        self.encoded = encoded

    def write(self, ostream, kmip_version=None):
        ostream.write(self.encoded)


def _hash_payload(hashing_algorithm, data):
    """KMIP 1.4 §4.41 Hash request: Cryptographic Parameters with the Hashing Algorithm,
    and the Data."""
    algorithm = _ttlv(0x420038, 0x05, hashing_algorithm.to_bytes(4, "big"))
    parameters = _ttlv(0x42002B, 0x01, algorithm)
    return _RawPayload(_ttlv(0x420079, 0x01, parameters + _ttlv(0x4200C2, 0x08, data)))


def _ttlv_first(data, tag):
    """The value of the first item with ``tag`` (an int) in TTLV ``data``, depth first."""
    i = 0
    while i + 8 <= len(data):
        item_tag = int.from_bytes(data[i : i + 3], "big")
        item_type = data[i + 3]
        length = int.from_bytes(data[i + 4 : i + 8], "big")
        value = data[i + 8 : i + 8 + length]
        if item_tag == tag:
            if item_type in (0x02, 0x05):
                return int.from_bytes(value, "big")
            if item_type == 0x07:
                return value.decode("utf-8")
            return value
        if item_type == 0x01:
            found = _ttlv_first(value, tag)
            if found is not None:
                return found
        i += 8 + length + (-length % 8)
    return None


class FipsModeCases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        _requires_config()
        cls.client = pie_client.ProxyKmipClient(
            config=SECTION, config_file=CONFIG, kmip_version=VERSION
        )
        cls.client.open()
        cls.proxy = kmip_client.KMIPProxy(
            config=SECTION, config_file=CONFIG, kmip_version=VERSION
        )
        cls.proxy.open()

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.proxy.close()

    def assertRefused(self, named, call, *args, **kwargs):
        with self.assertRaises(pie_exceptions.KmipOperationFailure) as caught:
            call(*args, **kwargs)
        self.assertIn(caught.exception.reason, REFUSALS, caught.exception)
        self.assertIn("FIPS mode", str(caught.exception))
        self.assertIn(named, str(caught.exception))

    def hash(self, algorithm, data):
        item = messages.RequestBatchItem(
            operation=primitives.Enumeration(
                enums.Operation, enums.Operation.HASH, tag=enums.Tags.OPERATION
            ),
            request_payload=_hash_payload(algorithm, data),
        )
        self.proxy._send_message(self.proxy._build_request_message(None, [item]))
        response = bytes(self.proxy._receive_message().buffer)
        return (
            _ttlv_first(response, enums.Tags.RESULT_STATUS.value),
            _ttlv_first(response, enums.Tags.RESULT_REASON.value),
            _ttlv_first(response, enums.Tags.RESULT_MESSAGE.value),
            _ttlv_first(response, enums.Tags.DATA.value),
        )

    # -- refused --------------------------------------------------------------------

    def test_3des_key_is_refused(self):
        self.assertRefused("3DES", self.client.create, Alg.TRIPLE_DES, 168)

    def test_blowfish_key_is_refused(self):
        self.assertRefused("Blowfish", self.client.create, Alg.BLOWFISH, 128)

    def test_rsa_1024_key_pair_is_refused(self):
        self.assertRefused("RSA-1024", self.client.create_key_pair, Alg.RSA, 1024)

    def test_64_bit_hmac_key_is_refused(self):
        self.assertRefused("HMAC-SHA256-64", self.client.create, Alg.HMAC_SHA256, 64)

    def test_md5_hash_is_refused(self):
        status, reason, message, data = self.hash(enums.HashingAlgorithm.MD5.value, b"abc")
        self.assertEqual(enums.ResultStatus.OPERATION_FAILED.value, status)
        self.assertIn(reason, [r.value for r in REFUSALS])
        self.assertIn("MD5", message)
        self.assertIn("FIPS mode", message)
        self.assertIsNone(data)

    # -- served ---------------------------------------------------------------------

    def test_sha256_hash_works(self):
        status, reason, message, data = self.hash(enums.HashingAlgorithm.SHA_256.value, b"abc")
        self.assertEqual(enums.ResultStatus.SUCCESS.value, status, message)
        self.assertEqual(hashlib.sha256(b"abc").digest(), data)

    def test_aes_256_encrypts_and_decrypts(self):
        uid = self.client.create(Alg.AES, 256)
        self.client.activate(uid)
        params = {
            "block_cipher_mode": enums.BlockCipherMode.CBC,
            "padding_method": enums.PaddingMethod.PKCS5,
            "random_iv": True,
        }
        plain = b"approved data " + os.urandom(8)
        cipher, iv = self.client.encrypt(plain, uid=uid, cryptographic_parameters=params)
        self.assertNotEqual(plain, cipher)
        params.pop("random_iv")
        self.assertEqual(
            plain,
            self.client.decrypt(cipher, uid=uid, cryptographic_parameters=params, iv_counter_nonce=iv),
        )

    def test_rsa_3072_signs(self):
        pub, priv = self.client.create_key_pair(
            Alg.RSA, 3072, public_usage_mask=[Mask.VERIFY], private_usage_mask=[Mask.SIGN]
        )
        self.client.activate(pub)
        self.client.activate(priv)
        self.assertEqual(3072, self.client.get(pub).cryptographic_length)
        params = {
            "cryptographic_algorithm": Alg.RSA,
            "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
            "padding_method": enums.PaddingMethod.PSS,
        }
        message = os.urandom(48)
        signature = self.client.sign(message, uid=priv, cryptographic_parameters=params)
        public = serialization.load_der_public_key(self.client.get(pub).value)
        public.verify(
            signature,
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO),
            hashes.SHA256(),
        )

    def test_p256_signs(self):
        pub, priv = self.client.create_key_pair(
            Alg.EC, 256, public_usage_mask=[Mask.VERIFY], private_usage_mask=[Mask.SIGN]
        )
        self.client.activate(pub)
        self.client.activate(priv)
        params = {
            "cryptographic_algorithm": Alg.EC,
            "hashing_algorithm": enums.HashingAlgorithm.SHA_256,
        }
        message = os.urandom(64)
        signature = self.client.sign(message, uid=priv, cryptographic_parameters=params)
        private = serialization.load_der_private_key(self.client.get(priv).value, None)
        self.assertEqual(256, private.curve.key_size)
        private.public_key().verify(signature, message, ec.ECDSA(hashes.SHA256()))


if __name__ == "__main__":
    unittest.main()
