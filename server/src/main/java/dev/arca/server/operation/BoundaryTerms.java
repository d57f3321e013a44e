package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.ResultReason;
import java.util.Optional;

/**
 * KMIP's cryptographic vocabulary in the crypto boundary's terms, for the handlers that use the
 * boundary directly (Derive Key, the wrapping of Get), and the boundary's failures as result
 * reasons.
 */
final class BoundaryTerms {

  private BoundaryTerms() {}

  /** The boundary's algorithm for secret key material of a KMIP Cryptographic Algorithm. */
  static Optional<SymmetricAlgorithm> symmetric(CryptographicAlgorithm algorithm) {
    switch (algorithm) {
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
      default:
        return Optional.empty();
    }
  }

  /**
   * The boundary's hash for a KMIP Hashing Algorithm.
   *
   * @throws KmipException Invalid Field for a hash the boundary does not offer
   */
  static DigestAlgorithm digest(HashingAlgorithm algorithm) throws KmipException {
    switch (algorithm) {
      case SHA_1:
        return DigestAlgorithm.SHA1;
      case SHA_224:
        return DigestAlgorithm.SHA224;
      case SHA_256:
        return DigestAlgorithm.SHA256;
      case SHA_384:
        return DigestAlgorithm.SHA384;
      case SHA_512:
        return DigestAlgorithm.SHA512;
      case SHA3_224:
        return DigestAlgorithm.SHA3_224;
      case SHA3_256:
        return DigestAlgorithm.SHA3_256;
      case SHA3_384:
        return DigestAlgorithm.SHA3_384;
      case SHA3_512:
        return DigestAlgorithm.SHA3_512;
      default:
        throw new KmipException(
            ResultReason.INVALID_FIELD, "the hash " + algorithm.specName() + " is not supported");
    }
  }

  /**
   * A boundary failure as a KMIP error: input the boundary refuses (a size, a parameter, an
   * algorithm FIPS mode forbids) is the client's, Invalid Field; anything else is Cryptographic
   * Failure. The boundary's messages carry no secrets.
   */
  static KmipException failure(CryptoException e, String during) {
    switch (e.reason()) {
      case INVALID_INPUT:
      case NOT_APPROVED:
      case UNSUPPORTED:
        return new KmipException(ResultReason.INVALID_FIELD, during + ": " + e.getMessage(), e);
      default:
        return new KmipException(
            ResultReason.CRYPTOGRAPHIC_FAILURE, during + " failed: " + e.getMessage(), e);
    }
  }
}
