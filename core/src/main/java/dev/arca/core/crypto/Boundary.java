package dev.arca.core.crypto;

import dev.arca.core.crypto.CryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.bouncycastle.crypto.fips.FipsOperationError;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;

/**
 * Runs an operation at the boundary: checks the module is operational and turns everything BC-FIPS
 * and the JCA throw into {@link CryptoException}.
 *
 * <p>BC-FIPS signals refusals with {@link FipsUnapprovedOperationError} and module failures with
 * {@link FipsOperationError}; both are {@code Error}s, which a {@code catch (Exception)} misses.
 * Messages carry the operation name and the provider's short reason, never inputs.
 */
final class Boundary {

  /** An operation that may throw provider exceptions. */
  @FunctionalInterface
  interface Operation<T> {
    T run() throws GeneralSecurityException, CryptoException;
  }

  private Boundary() {}

  static <T> T run(CryptoModule module, String what, Operation<T> operation)
      throws CryptoException {
    module.checkOperational();
    try {
      return operation.run();
    } catch (CryptoException e) {
      throw e;
    } catch (FipsUnapprovedOperationError e) {
      throw new CryptoException(
          Reason.NOT_APPROVED,
          "not allowed in FIPS approved-only mode: " + what + " (" + e.getMessage() + ")",
          e);
    } catch (FipsOperationError e) {
      // A self-test or continuous test inside BC-FIPS failed: the module as a whole is now unfit.
      module.enterErrorState("BC-FIPS: " + e.getMessage());
      throw new CryptoException(
          Reason.MODULE_ERROR,
          "cryptographic module in error state: BC-FIPS failed during " + what,
          e);
    } catch (AEADBadTagException e) {
      throw new CryptoException(
          Reason.AUTHENTICATION_FAILED,
          what + ": authentication failed (wrong key, IV, tag or associated data, or altered data)",
          e);
    } catch (BadPaddingException e) {
      throw new CryptoException(
          Reason.AUTHENTICATION_FAILED, what + ": integrity or padding check failed", e);
    } catch (NoSuchAlgorithmException e) {
      if (CryptoServicesRegistrar.isInApprovedOnlyMode()) {
        throw new CryptoException(
            Reason.NOT_APPROVED,
            "not allowed in FIPS approved-only mode: " + what + " (unavailable in that mode)",
            e);
      }
      throw new CryptoException(Reason.UNSUPPORTED, what + ": not offered by BC-FIPS", e);
    } catch (InvalidKeyException e) {
      throw refusalOr(e, Reason.INVALID_INPUT, what + ": key not usable: " + e.getMessage(), what);
    } catch (GeneralSecurityException e) {
      throw refusalOr(e, Reason.INVALID_INPUT, what + ": " + e.getMessage(), what);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // BC-FIPS reports bad parameters (IllegalKeyException, InvalidParameterException) this way.
      throw refusalOr(e, Reason.INVALID_INPUT, what + ": " + e.getMessage(), what);
    }
  }

  /**
   * Some approved-only refusals arrive as ordinary parameter exceptions ("RSA key size too small
   * for FIPS mode operation", "Key size for HMAC must be at least 112 bits in approved mode");
   * report those as refusals too, so callers see one reason for one cause.
   */
  private static CryptoException refusalOr(
      Exception e, Reason otherwise, String message, String what) {
    String detail = e.getMessage() == null ? "" : e.getMessage();
    if (CryptoServicesRegistrar.isInApprovedOnlyMode()
        && (detail.contains("FIPS") || detail.contains("approved"))) {
      return new CryptoException(
          Reason.NOT_APPROVED,
          "not allowed in FIPS approved-only mode: " + what + " (" + detail + ")",
          e);
    }
    return new CryptoException(otherwise, message, e);
  }

  static CryptoException invalid(String message) {
    return new CryptoException(Reason.INVALID_INPUT, message);
  }

  static CryptoException unsupported(String message) {
    return new CryptoException(Reason.UNSUPPORTED, message);
  }
}
