package dev.arca.core.key;

import dev.arca.core.crypto.CryptoException;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;

/** Turns the crypto boundary's failures into KMIP result reasons. */
final class Crypto {

  private Crypto() {}

  /**
   * The KMIP error for a crypto boundary failure. Input the boundary refuses (a size, a parameter,
   * an algorithm FIPS mode forbids) is the client's error, Invalid Field; a failure of the module
   * or of stored material is Cryptographic Failure. The boundary's messages carry no secrets.
   */
  static KmipException toKmip(CryptoException e, String during) {
    switch (e.reason()) {
      case INVALID_INPUT:
      case NOT_APPROVED:
      case UNSUPPORTED:
        return new KmipException(ResultReason.INVALID_FIELD, e.getMessage(), e);
      case AUTHENTICATION_FAILED:
        return new KmipException(
            ResultReason.CRYPTOGRAPHIC_FAILURE,
            during + " failed: the sealed material did not authenticate",
            e);
      default:
        return new KmipException(
            ResultReason.CRYPTOGRAPHIC_FAILURE, during + " failed: " + e.getMessage(), e);
    }
  }
}
