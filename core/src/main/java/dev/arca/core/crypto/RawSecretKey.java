package dev.arca.core.crypto;

import javax.crypto.SecretKey;

/**
 * A JCA view of secret bytes owned by someone else, so that handing a key to a BC-FIPS engine does
 * not leave another copy of the bytes in the heap (as {@code SecretKeySpec} would). The provider
 * copies the encoding into its own key schedule; the owner zeroes the bytes when destroyed.
 */
final class RawSecretKey implements SecretKey {

  private final String algorithm;
  private final transient byte[] bytes;

  RawSecretKey(String algorithm, byte[] bytes) {
    this.algorithm = algorithm;
    this.bytes = bytes;
  }

  @Override
  public String getAlgorithm() {
    return algorithm;
  }

  @Override
  public String getFormat() {
    return "RAW";
  }

  @Override
  public byte[] getEncoded() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "RawSecretKey[" + algorithm + ", " + bytes.length * 8 + " bits]";
  }
}
