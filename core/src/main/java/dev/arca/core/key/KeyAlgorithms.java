package dev.arca.core.key;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RecommendedCurve;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps KMIP's Cryptographic Algorithm and Recommended Curve onto the crypto boundary's vocabulary,
 * and holds the defaults the server supplies when a client omits them (KMIP 2.1 §4, Table 28: "KMIP
 * servers SHALL supply values for these attributes if the client omits them").
 */
final class KeyAlgorithms {

  private KeyAlgorithms() {}

  /** The boundary's algorithm for a KMIP symmetric key algorithm. */
  static Optional<SymmetricAlgorithm> symmetric(CryptographicAlgorithm a) {
    switch (a) {
      case AES:
        return Optional.of(SymmetricAlgorithm.AES);
      case DES3:
        return Optional.of(SymmetricAlgorithm.TRIPLE_DES);
      case HMAC_SHA1:
        return Optional.of(SymmetricAlgorithm.HMAC_SHA1);
      case HMAC_SHA224:
        return Optional.of(SymmetricAlgorithm.HMAC_SHA224);
      case HMAC_SHA256:
        return Optional.of(SymmetricAlgorithm.HMAC_SHA256);
      case HMAC_SHA384:
        return Optional.of(SymmetricAlgorithm.HMAC_SHA384);
      case HMAC_SHA512:
        return Optional.of(SymmetricAlgorithm.HMAC_SHA512);
      case BLOWFISH:
        return Optional.of(SymmetricAlgorithm.BLOWFISH);
      case IDEA:
        return Optional.of(SymmetricAlgorithm.IDEA);
      case RC4:
        return Optional.of(SymmetricAlgorithm.RC4);
      default:
        return Optional.empty();
    }
  }

  /**
   * The length a new key of {@code a} gets when the client names none: AES-256, three-key
   * Triple-DES, and an HMAC key as long as the hash output (RFC 2104 §3).
   */
  static OptionalInt defaultLength(CryptographicAlgorithm a) {
    switch (a) {
      case AES:
        return OptionalInt.of(256);
      case DES3:
        return OptionalInt.of(168);
      case HMAC_SHA1:
        return OptionalInt.of(160);
      case HMAC_SHA224:
        return OptionalInt.of(224);
      case HMAC_SHA256:
        return OptionalInt.of(256);
      case HMAC_SHA384:
        return OptionalInt.of(384);
      case HMAC_SHA512:
        return OptionalInt.of(512);
      case BLOWFISH:
      case IDEA:
      case RC4:
        return OptionalInt.of(128);
      case RSA:
        return OptionalInt.of(2048);
      default:
        return OptionalInt.empty();
    }
  }

  /** Whether {@code a} names an elliptic-curve key. */
  static boolean isEc(CryptographicAlgorithm a) {
    return a == CryptographicAlgorithm.EC
        || a == CryptographicAlgorithm.ECDSA
        || a == CryptographicAlgorithm.ECDH
        || a == CryptographicAlgorithm.ECMQV;
  }

  /** Whether {@code a} names an HMAC key. */
  static boolean isHmac(CryptographicAlgorithm a) {
    switch (a) {
      case HMAC_SHA1:
      case HMAC_SHA224:
      case HMAC_SHA256:
      case HMAC_SHA384:
      case HMAC_SHA512:
        return true;
      default:
        return false;
    }
  }

  static Optional<EcCurve> curve(RecommendedCurve c) {
    switch (c) {
      case P_256:
        return Optional.of(EcCurve.P_256);
      case P_384:
        return Optional.of(EcCurve.P_384);
      case P_521:
        return Optional.of(EcCurve.P_521);
      case SECP256K1:
        return Optional.of(EcCurve.SECP256K1);
      default:
        return Optional.empty();
    }
  }

  static RecommendedCurve recommendedCurve(EcCurve c) {
    switch (c) {
      case P_256:
        return RecommendedCurve.P_256;
      case P_384:
        return RecommendedCurve.P_384;
      case P_521:
        return RecommendedCurve.P_521;
      case SECP256K1:
        return RecommendedCurve.SECP256K1;
      default:
        throw new IllegalArgumentException(c.name());
    }
  }

  /**
   * The NIST curve whose field has {@code bits} bits, for a Create Key Pair that gives a length.
   */
  static Optional<EcCurve> curveForLength(int bits) {
    switch (bits) {
      case 256:
        return Optional.of(EcCurve.P_256);
      case 384:
        return Optional.of(EcCurve.P_384);
      case 521:
        return Optional.of(EcCurve.P_521);
      default:
        return Optional.empty();
    }
  }

  /**
   * The Cryptographic Algorithm of a parsed asymmetric key: RSA, or for EC keys the algorithm the
   * client named if it names an EC algorithm, else ECDSA, which every KMIP version defines.
   */
  static CryptographicAlgorithm algorithmOf(
      AsymmetricSpec spec, Optional<CryptographicAlgorithm> requested) {
    if (spec instanceof AsymmetricSpec.Rsa) {
      return CryptographicAlgorithm.RSA;
    }
    return requested.filter(KeyAlgorithms::isEc).orElse(CryptographicAlgorithm.ECDSA);
  }

  /** The Cryptographic Usage Mask a new object gets when the client gives none. */
  static int defaultUsageMask(ObjectType type, Optional<CryptographicAlgorithm> algorithm) {
    switch (type) {
      case SYMMETRIC_KEY:
        if (algorithm.filter(KeyAlgorithms::isHmac).isPresent()) {
          return CryptographicUsageMask.MAC_GENERATE.code()
              | CryptographicUsageMask.MAC_VERIFY.code();
        }
        return CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code();
      case PRIVATE_KEY:
        return CryptographicUsageMask.SIGN.code();
      case PUBLIC_KEY:
        return CryptographicUsageMask.VERIFY.code();
      case CERTIFICATE:
        return CryptographicUsageMask.VERIFY.code();
      default:
        return 0;
    }
  }
}
