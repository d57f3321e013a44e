package dev.arca.core.crypto;

import java.util.Optional;

/** Named elliptic curves for ECDSA keys. */
public enum EcCurve {
  /** NIST P-256 (FIPS 186-5, SP 800-186), also secp256r1. */
  P_256("P-256", "secp256r1", "1.2.840.10045.3.1.7", 256),
  /** NIST P-384 (FIPS 186-5, SP 800-186), also secp384r1. */
  P_384("P-384", "secp384r1", "1.3.132.0.34", 384),
  /** NIST P-521 (FIPS 186-5, SP 800-186), also secp521r1. */
  P_521("P-521", "secp521r1", "1.3.132.0.35", 521),
  /** secp256k1 (SEC 2); not approved for FIPS use. */
  SECP256K1("secp256k1", "secp256k1", "1.3.132.0.10", 256);

  private final String displayName;
  private final String secName;
  private final String oid;
  private final int fieldBits;

  EcCurve(String displayName, String secName, String oid, int fieldBits) {
    this.displayName = displayName;
    this.secName = secName;
    this.oid = oid;
    this.fieldBits = fieldBits;
  }

  /** The usual name, e.g. {@code P-256}. */
  public String displayName() {
    return displayName;
  }

  /** Size of the underlying field in bits (the key size reported for this curve). */
  public int fieldBits() {
    return fieldBits;
  }

  /** The curve's object identifier in dotted form. */
  public String oid() {
    return oid;
  }

  /** Name understood by the BC-FIPS JCA provider and its curve table. */
  String secName() {
    return secName;
  }

  /** Row name in {@link Algorithms}. */
  String policyName() {
    return "EC-" + displayName;
  }

  /** Finds a curve by its object identifier. */
  static Optional<EcCurve> fromOid(String oid) {
    for (EcCurve curve : values()) {
      if (curve.oid.equals(oid)) {
        return Optional.of(curve);
      }
    }
    return Optional.empty();
  }
}
