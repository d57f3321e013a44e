package dev.arca.server.pki;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.EcCurve;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The key types the PKI generates, each with the signature algorithm it signs certificates with.
 * One table: what a CA or server certificate may use, and how it signs.
 *
 * <p>ECDSA P-256 with SHA-256 is the default: small, fast, FIPS 186-5 approved and accepted by
 * every TLS stack PyKMIP and the usual KMIP clients run on. RSA-3072 is there for clients that
 * still cannot do ECDSA.
 */
public enum KeyAlgorithm {
  /** ECDSA on NIST P-256, signing with SHA-256. */
  EC_P256("ec-p256", AsymmetricSpec.ec(EcCurve.P_256), "SHA256withECDSA"),
  /** ECDSA on NIST P-384, signing with SHA-384. */
  EC_P384("ec-p384", AsymmetricSpec.ec(EcCurve.P_384), "SHA384withECDSA"),
  /** RSA with a 2048-bit modulus, PKCS#1 v1.5 signatures with SHA-256 (112-bit strength). */
  RSA_2048("rsa-2048", AsymmetricSpec.rsa(2048), "SHA256withRSA"),
  /** RSA with a 3072-bit modulus, PKCS#1 v1.5 signatures with SHA-256. */
  RSA_3072("rsa-3072", AsymmetricSpec.rsa(3072), "SHA256withRSA"),
  /** RSA with a 4096-bit modulus, PKCS#1 v1.5 signatures with SHA-384. */
  RSA_4096("rsa-4096", AsymmetricSpec.rsa(4096), "SHA384withRSA");

  /** What a new CA, server or client key uses unless told otherwise. */
  public static final KeyAlgorithm DEFAULT = EC_P256;

  private final String id;
  private final AsymmetricSpec spec;
  private final String signatureAlgorithm;

  KeyAlgorithm(String id, AsymmetricSpec spec, String signatureAlgorithm) {
    this.id = id;
    this.spec = spec;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /** The name used in commands and files, e.g. {@code ec-p256}, {@code rsa-3072}. */
  public String id() {
    return id;
  }

  /** The key shape for the crypto boundary. */
  public AsymmetricSpec spec() {
    return spec;
  }

  /** The JCA signature algorithm a key of this type signs certificates with. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /** {@code EC} or {@code RSA}: the JCA key algorithm. */
  String jcaKeyAlgorithm() {
    return spec instanceof AsymmetricSpec.Ec ? "EC" : "RSA";
  }

  /**
   * Finds an algorithm by its {@link #id()} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static KeyAlgorithm parse(String id) {
    String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    for (KeyAlgorithm algorithm : values()) {
      if (algorithm.id.equals(wanted)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("key algorithm '" + id + "' is not one of " + allowedIds());
  }

  /** The algorithm with this key shape, if the PKI supports it. */
  public static Optional<KeyAlgorithm> of(AsymmetricSpec spec) {
    for (KeyAlgorithm algorithm : values()) {
      if (algorithm.spec.equals(spec)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The allowed ids, comma-separated, for messages. */
  public static String allowedIds() {
    return Arrays.stream(values()).map(KeyAlgorithm::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
