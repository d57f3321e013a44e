package dev.arca.core.key;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.FipsPolicy;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import java.util.Optional;

/**
 * Which stored objects FIPS mode allows to be used: keys whose algorithm and size {@link
 * FipsPolicy} approves. Objects made before FIPS mode was turned on stay stored, and their metadata
 * stays readable, but in FIPS mode no cryptographic operation runs with them and they cannot be
 * registered anew; {@code arca fips status --objects} lists them.
 *
 * <p>Symmetric keys are judged by their Cryptographic Algorithm and Length (a 3DES, Blowfish, IDEA
 * or RC4 key, or an HMAC key under 112 bits, is not approved); private and public keys by their
 * shape (RSA under 2048 bits, EC off the NIST curves, DSA, DH and every other algorithm are not).
 * Secret data, opaque objects and certificates carry no key of their own here and are not judged.
 */
public final class FipsObjects {

  private FipsObjects() {}

  /** Why {@code object} may not be used in FIPS mode, if it may not. */
  public static Optional<String> refusal(ManagedObjectView object) {
    return refusal(object.objectType(), object.attributes());
  }

  /** Why an object of {@code type} with these attributes may not be used in FIPS mode. */
  public static Optional<String> refusal(ObjectType type, AttributeSet attributes) {
    Optional<CryptographicAlgorithm> algorithm = KeyMaterials.algorithmIn(attributes);
    Optional<Integer> length = attributes.integer(Tag.CRYPTOGRAPHIC_LENGTH);
    switch (type) {
      case SYMMETRIC_KEY:
        {
          if (algorithm.isEmpty()) {
            return Optional.of("a symmetric key without a Cryptographic Algorithm is not approved");
          }
          Optional<SymmetricAlgorithm> boundary = KeyAlgorithms.symmetric(algorithm.get());
          if (boundary.isEmpty()) {
            return Optional.of(algorithm.get().specName() + " keys are not approved");
          }
          if (length.isEmpty()) {
            return Optional.of(
                "a " + algorithm.get().specName() + " key without a Cryptographic Length");
          }
          return FipsPolicy.keyRefusal(boundary.get(), length.get());
        }
      case PRIVATE_KEY:
      case PUBLIC_KEY:
        {
          if (algorithm.isEmpty()) {
            return Optional.of("a key without a Cryptographic Algorithm is not approved");
          }
          Optional<AsymmetricSpec> spec = shape(algorithm.get(), length, attributes);
          if (spec.isEmpty()) {
            return Optional.of(
                algorithm.get().specName()
                    + (length.map(l -> "-" + l).orElse(""))
                    + " keys are not approved");
          }
          return FipsPolicy.keyRefusal(spec.get());
        }
      default:
        return Optional.empty();
    }
  }

  /**
   * Refuses what FIPS mode does not allow to be stored: called before an object is created,
   * registered or re-keyed.
   *
   * @throws KmipException Invalid Field, with a message naming the algorithm
   */
  static void checkNew(ObjectType type, AttributeSet attributes) throws KmipException {
    Optional<String> refusal = refusal(type, attributes);
    if (refusal.isPresent()) {
      throw new KmipException(ResultReason.INVALID_FIELD, "FIPS mode: " + refusal.get());
    }
  }

  /**
   * Refuses a cryptographic operation with a key FIPS mode does not approve.
   *
   * @param operation the operation, e.g. {@code Encrypt}
   * @throws KmipException Cryptographic Failure, naming the algorithm
   */
  public static void checkUsable(ManagedObjectView object, String operation) throws KmipException {
    Optional<String> refusal = refusal(object);
    if (refusal.isPresent()) {
      throw new KmipException(
          ResultReason.CRYPTOGRAPHIC_FAILURE,
          "FIPS mode: "
              + operation
              + " refused: "
              + refusal.get()
              + "; the object stays stored but cannot be used while FIPS mode is on");
    }
  }

  private static Optional<AsymmetricSpec> shape(
      CryptographicAlgorithm algorithm, Optional<Integer> length, AttributeSet attributes) {
    if (algorithm == CryptographicAlgorithm.RSA) {
      return length.filter(l -> l >= 512 && l <= 16384).map(AsymmetricSpec::rsa);
    }
    if (!KeyAlgorithms.isEc(algorithm)) {
      return Optional.empty();
    }
    Optional<EcCurve> curve;
    try {
      curve = KeyMaterials.curveIn(attributes);
    } catch (KmipException e) {
      return Optional.empty();
    }
    if (curve.isEmpty()) {
      curve = length.flatMap(KeyAlgorithms::curveForLength);
    }
    return curve.map(AsymmetricSpec::ec);
  }
}
