package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.access.Caller;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keys for the cryptographic operation tests, made directly through the fixture's key service as
 * the fixture's user, Active from the fixture's current time; and small helpers to read results.
 */
final class CryptoTestKeys {

  static final int ENCRYPT_DECRYPT =
      CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code();
  static final int MAC_BOTH =
      CryptographicUsageMask.MAC_GENERATE.code() | CryptographicUsageMask.MAC_VERIFY.code();
  static final int SIGN = CryptographicUsageMask.SIGN.code();
  static final int VERIFY = CryptographicUsageMask.VERIFY.code();

  private final DispatcherFixture server;
  private final Caller caller = Caller.of(DispatcherFixture.USER);

  CryptoTestKeys(DispatcherFixture server) {
    this.server = server;
  }

  /** A new AES key of {@code bits}. */
  String aes(int bits, int mask, CryptographicParameters... stored) throws KmipException {
    return server
        .keys()
        .create(
            caller,
            ObjectType.SYMMETRIC_KEY,
            attributes(CryptographicAlgorithm.AES, bits, mask, stored))
        .id();
  }

  /** A registered symmetric key with the given bytes. */
  String register(
      CryptographicAlgorithm algorithm, String hexKey, int mask, CryptographicParameters... stored)
      throws KmipException {
    byte[] key = HexFormat.of().parseHex(hexKey);
    return server
        .keys()
        .register(
            caller,
            ObjectType.SYMMETRIC_KEY,
            attributes(algorithm, 0, mask, stored),
            ClearMaterial.raw(key))
        .id();
  }

  /** A new RSA key pair; the private key's mask decides whether it is for encryption. */
  CreatedKeyPair rsa(int bits, int privateMask, int publicMask) throws KmipException {
    return server
        .keys()
        .createKeyPair(
            caller,
            attributes(CryptographicAlgorithm.RSA, bits, 0),
            mask(privateMask),
            mask(publicMask));
  }

  /** A new EC key pair on the NIST curve of {@code bits} (256, 384, 521). */
  CreatedKeyPair ec(int bits) throws KmipException {
    return server
        .keys()
        .createKeyPair(
            caller, attributes(CryptographicAlgorithm.ECDSA, bits, 0), mask(SIGN), mask(VERIFY));
  }

  /** Gives the key a Usage Limits of {@code total} units. */
  void limit(String id, long total, UsageLimitsUnit unit) throws KmipException {
    server
        .keys()
        .setAttribute(
            caller,
            id,
            AttributeKey.of(Tag.USAGE_LIMITS),
            TtlvBinder.encode(Tag.USAGE_LIMITS, new UsageLimits(total, Optional.empty(), unit)));
  }

  /** Revokes the key: Deactivated, or Compromised for Key Compromise. */
  void revoke(String id, RevocationReasonCode code) throws KmipException {
    server.keys().revoke(caller, id, RevocationReason.of(code), Optional.empty());
  }

  private AttributeSet attributes(
      CryptographicAlgorithm algorithm, int bits, int mask, CryptographicParameters... stored) {
    AttributeSet.Builder b =
        AttributeSet.builder()
            .set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()))
            .set(Ttlv.dateTime(Tag.ACTIVATION_DATE, server.clock.instant()));
    if (bits > 0) {
      b.set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
    }
    if (mask != 0) {
      b.set(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask));
    }
    for (CryptographicParameters p : stored) {
      b.add(TtlvBinder.encode(Tag.CRYPTOGRAPHIC_PARAMETERS, p));
    }
    return b.build();
  }

  private static AttributeSet mask(int mask) {
    return AttributeSet.builder().set(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask)).build();
  }

  // ---- reading results --------------------------------------------------------------------------

  /** The result reason of a call that must fail. */
  static ResultReason failure(ResponseBatchItem item) {
    assertThat(item.resultReason()).as("the operation should have failed: %s", item).isPresent();
    return item.resultReason().get();
  }

  /** Sends {@code payload} in KMIP 2.1 and returns the reason it fails with. */
  ResultReason refusal(RequestPayload payload) {
    return failure(server.call(KmipVersion.V2_1, payload));
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
