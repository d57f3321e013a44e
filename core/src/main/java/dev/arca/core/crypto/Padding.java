package dev.arca.core.crypto;

/** Padding for the block modes CBC and ECB. */
public enum Padding {
  /** No padding: the input must be a whole number of blocks. */
  NONE("NoPadding"),
  /** PKCS#5/PKCS#7 padding (RFC 8018 §6.1.1, RFC 5652 §6.3). */
  PKCS5("PKCS5Padding");

  private final String jcaName;

  Padding(String jcaName) {
    this.jcaName = jcaName;
  }

  String jcaName() {
    return jcaName;
  }
}
