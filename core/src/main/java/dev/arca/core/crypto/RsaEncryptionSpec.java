package dev.arca.core.crypto;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** RSA encryption schemes: OAEP (RFC 8017 §7.1) or PKCS#1 v1.5 (RFC 8017 §7.2). */
public sealed interface RsaEncryptionSpec {

  /** Row name in {@link Algorithms}. */
  String policyName();

  /** RSAES-OAEP with the given hash for both the label hash and MGF1. */
  static RsaEncryptionSpec oaep(DigestAlgorithm digest) {
    return new Oaep(digest, digest);
  }

  /** RSAES-OAEP with separate hashes for the label and for MGF1. */
  static RsaEncryptionSpec oaep(DigestAlgorithm digest, DigestAlgorithm mgf1Digest) {
    return new Oaep(digest, mgf1Digest);
  }

  /**
   * RSAES-OAEP with separate hashes and a label (RFC 8017 §7.1.1 "L", KMIP's P Source); an empty
   * label is the usual case.
   */
  static RsaEncryptionSpec oaep(DigestAlgorithm digest, DigestAlgorithm mgf1Digest, byte[] label) {
    return new Oaep(digest, mgf1Digest, label);
  }

  /** RSAES-PKCS1-v1_5; not approved (SP 800-131A Rev. 2 §6). */
  static RsaEncryptionSpec pkcs1v15() {
    return new Pkcs1V15();
  }

  /**
   * RSAES-OAEP.
   *
   * @param digest hash of the label and of the OAEP encoding
   * @param mgf1Digest hash used by the mask generation function MGF1
   * @param label the label L, empty by default; public, not secret (copied in and out)
   */
  record Oaep(DigestAlgorithm digest, DigestAlgorithm mgf1Digest, byte[] label)
      implements RsaEncryptionSpec {
    private static final Set<DigestAlgorithm> ALLOWED =
        EnumSet.of(
            DigestAlgorithm.SHA1,
            DigestAlgorithm.SHA224,
            DigestAlgorithm.SHA256,
            DigestAlgorithm.SHA384,
            DigestAlgorithm.SHA512);

    /** Validates the hashes. */
    public Oaep {
      if (digest == null || mgf1Digest == null) {
        throw new IllegalArgumentException("OAEP needs a digest and an MGF1 digest");
      }
      if (!ALLOWED.contains(digest) || !ALLOWED.contains(mgf1Digest)) {
        throw new IllegalArgumentException("OAEP hashes must be one of " + ALLOWED);
      }
      label = label == null ? new byte[0] : label.clone();
    }

    /** RSAES-OAEP with an empty label. */
    public Oaep(DigestAlgorithm digest, DigestAlgorithm mgf1Digest) {
      this(digest, mgf1Digest, null);
    }

    @Override
    public byte[] label() {
      return label.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Oaep other
          && digest == other.digest
          && mgf1Digest == other.mgf1Digest
          && Arrays.equals(label, other.label);
    }

    @Override
    public int hashCode() {
      return Objects.hash(digest, mgf1Digest, Arrays.hashCode(label));
    }

    @Override
    public String toString() {
      return "Oaep[" + digest + ", MGF1 " + mgf1Digest + ", label " + label.length + " bytes]";
    }

    @Override
    public String policyName() {
      return "RSA-OAEP-" + digest.shortName();
    }
  }

  /** RSAES-PKCS1-v1_5. */
  record Pkcs1V15() implements RsaEncryptionSpec {
    @Override
    public String policyName() {
      return "RSA-PKCS1V15-ENC";
    }
  }
}
