package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;
import java.util.EnumMap;
import java.util.Map;

/**
 * The result reason of each crypto boundary failure, in one table for every cryptographic
 * operation.
 *
 * <p>A failed integrity check (AEAD tag, padding, RSA decryption) is Cryptographic Failure (KMIP
 * 2.1 §6.1.11.1, 1.4 §11.31 "Cryptographic error during decryption"), as is a refusal of FIPS
 * approved-only mode, whose message names the algorithm; input the boundary rejects is Invalid
 * Field; what it does not offer is Feature Not Supported. The boundary's messages name the
 * algorithm and condition and never carry key material or data, so they are passed on.
 */
final class CryptoFailures {

  private static final Map<CryptoException.Reason, ResultReason> REASONS =
      new EnumMap<>(CryptoException.Reason.class);

  static {
    REASONS.put(CryptoException.Reason.INVALID_INPUT, ResultReason.INVALID_FIELD);
    REASONS.put(CryptoException.Reason.AUTHENTICATION_FAILED, ResultReason.CRYPTOGRAPHIC_FAILURE);
    REASONS.put(CryptoException.Reason.NOT_APPROVED, ResultReason.CRYPTOGRAPHIC_FAILURE);
    REASONS.put(CryptoException.Reason.UNSUPPORTED, ResultReason.FEATURE_NOT_SUPPORTED);
    REASONS.put(CryptoException.Reason.MODULE_ERROR, ResultReason.CRYPTOGRAPHIC_FAILURE);
    REASONS.put(CryptoException.Reason.STORAGE, ResultReason.CRYPTOGRAPHIC_FAILURE);
    for (CryptoException.Reason r : CryptoException.Reason.values()) {
      if (!REASONS.containsKey(r)) {
        throw new ExceptionInInitializerError("no result reason for " + r);
      }
    }
  }

  private CryptoFailures() {}

  /** The result reason for a boundary failure. */
  static ResultReason reason(CryptoException.Reason reason) {
    return REASONS.get(reason);
  }

  /** The KMIP error for a boundary failure. */
  static KmipException toKmip(CryptoException e) {
    return new KmipException(reason(e.reason()), e.getMessage(), e);
  }
}
