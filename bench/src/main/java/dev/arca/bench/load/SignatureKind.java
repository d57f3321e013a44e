package dev.arca.bench.load;

import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.PaddingMethod;

/** The key pair and signature of Sign. */
public enum SignatureKind {
  /** RSA-2048, PKCS#1 v1.5 with SHA-256. */
  RSA("rsa"),
  /** ECDSA on P-256 with SHA-256. */
  ECDSA("ecdsa");

  private final String id;

  SignatureKind(String id) {
    this.id = id;
  }

  /** The name used on the command line and in reports. */
  public String id() {
    return id;
  }

  /** The value named {@code id} (case-insensitive). */
  public static SignatureKind parse(String id) {
    for (SignatureKind v : values()) {
      if (v.id.equalsIgnoreCase(id.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not one of " + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return id;
  }

  CryptographicParameters parameters() {
    CryptographicParameters.Builder b =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_256);
    if (this == RSA) {
      b.cryptographicAlgorithm(CryptographicAlgorithm.RSA).paddingMethod(PaddingMethod.PKCS1_V1_5);
    } else {
      b.cryptographicAlgorithm(CryptographicAlgorithm.EC);
    }
    return b.build();
  }
}
