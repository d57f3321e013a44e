package dev.arca.core.key;

/** Why a caller opens an object's key material. */
public enum MaterialUse {
  /**
   * To hand it to the client (Get, Export): refused for Sensitive and non-Extractable objects (KMIP
   * 2.1 §4.55, §4.23), and clears Fresh (§4.24).
   */
  EXPORT,
  /** To apply protection inside the server: encrypt, sign, wrap, MAC. */
  PROTECT,
  /** To process protected data inside the server: decrypt, verify, unwrap, MAC verification. */
  PROCESS
}
