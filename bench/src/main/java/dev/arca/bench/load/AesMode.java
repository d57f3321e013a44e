package dev.arca.bench.load;

import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.PaddingMethod;

/**
 * The AES mode of Encrypt and Decrypt, with Random IV set: the server makes the IV and returns it
 * (KMIP 1.4 §3.6). Arca refuses a GCM or CBC Encrypt with neither an IV nor Random IV, as the KMIP
 * profile test cases expect; PyKMIP's server makes an IV either way.
 */
public enum AesMode {
  /** AES-GCM, 96-bit IV from the server, 128-bit tag (NIST SP 800-38D). */
  GCM("gcm"),
  /** AES-CBC with PKCS#5 padding, IV from the server. */
  CBC("cbc");

  private final String id;

  AesMode(String id) {
    this.id = id;
  }

  /** The name used on the command line and in reports. */
  public String id() {
    return id;
  }

  /** The value named {@code id} (case-insensitive). */
  public static AesMode parse(String id) {
    for (AesMode v : values()) {
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
        CryptographicParameters.builder()
            .cryptographicAlgorithm(CryptographicAlgorithm.AES)
            .randomIv(true);
    if (this == GCM) {
      b.blockCipherMode(BlockCipherMode.GCM).tagLength(16);
    } else {
      b.blockCipherMode(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5);
    }
    return b.build();
  }
}
