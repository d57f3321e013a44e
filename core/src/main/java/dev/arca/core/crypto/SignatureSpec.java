package dev.arca.core.crypto;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to sign or verify: the scheme, its hash and, for PSS, the salt length.
 *
 * @param scheme the signature scheme
 * @param digest the hash applied to the message (or that produced a pre-computed digest)
 * @param pssSaltLength salt length in bytes for {@link SignatureScheme#RSA_PSS}; 0 otherwise
 */
public record SignatureSpec(SignatureScheme scheme, DigestAlgorithm digest, int pssSaltLength) {

  private static final Set<DigestAlgorithm> RSA_DIGESTS =
      EnumSet.of(
          DigestAlgorithm.SHA1,
          DigestAlgorithm.SHA224,
          DigestAlgorithm.SHA256,
          DigestAlgorithm.SHA384,
          DigestAlgorithm.SHA512);
  private static final Set<DigestAlgorithm> ECDSA_DIGESTS =
      EnumSet.of(DigestAlgorithm.SHA256, DigestAlgorithm.SHA384, DigestAlgorithm.SHA512);

  /** Validates the combination. */
  public SignatureSpec {
    if (scheme == null || digest == null) {
      throw new IllegalArgumentException("signature scheme and digest are required");
    }
    Set<DigestAlgorithm> allowed = scheme == SignatureScheme.ECDSA ? ECDSA_DIGESTS : RSA_DIGESTS;
    if (!allowed.contains(digest)) {
      throw new IllegalArgumentException(
          "digest " + digest + " is not offered with " + scheme + "; allowed: " + allowed);
    }
    if (scheme == SignatureScheme.RSA_PSS) {
      if (pssSaltLength < 0 || pssSaltLength > 512) {
        throw new IllegalArgumentException("PSS salt length must be 0..512 bytes");
      }
    } else if (pssSaltLength != 0) {
      throw new IllegalArgumentException("a salt length applies to RSA-PSS only");
    }
  }

  /** RSASSA-PKCS1-v1_5 with the given hash. */
  public static SignatureSpec rsaPkcs1(DigestAlgorithm digest) {
    return new SignatureSpec(SignatureScheme.RSA_PKCS1_V1_5, digest, 0);
  }

  /** RSASSA-PSS with MGF1 and salt length equal to the hash length (RFC 8017 §9.1 advice). */
  public static SignatureSpec rsaPss(DigestAlgorithm digest) {
    return new SignatureSpec(SignatureScheme.RSA_PSS, digest, digest.lengthBytes());
  }

  /** RSASSA-PSS with MGF1 and an explicit salt length in bytes. */
  public static SignatureSpec rsaPss(DigestAlgorithm digest, int saltLength) {
    return new SignatureSpec(SignatureScheme.RSA_PSS, digest, saltLength);
  }

  /** ECDSA with the given hash. */
  public static SignatureSpec ecdsa(DigestAlgorithm digest) {
    return new SignatureSpec(SignatureScheme.ECDSA, digest, 0);
  }

  /** Row name in {@link Algorithms}, e.g. {@code RSA-PSS-SHA256}. */
  String policyName() {
    switch (scheme) {
      case RSA_PKCS1_V1_5:
        return "RSA-PKCS1-" + digest.shortName();
      case RSA_PSS:
        return "RSA-PSS-" + digest.shortName();
      default:
        return "ECDSA-" + digest.shortName();
    }
  }

  /** JCA signature algorithm name for signing a whole message with BC-FIPS. */
  String jcaName() {
    switch (scheme) {
      case RSA_PKCS1_V1_5:
        return digest.shortName() + "withRSA";
      case RSA_PSS:
        return digest.shortName() + "withRSAandMGF1";
      default:
        return digest.shortName() + "withECDSA";
    }
  }
}
