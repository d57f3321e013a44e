package dev.arca.client;

import java.util.Objects;

/** The identifiers of a new key pair. */
public record KeyPairIds(String privateKeyId, String publicKeyId) {
  public KeyPairIds {
    Objects.requireNonNull(privateKeyId, "privateKeyId");
    Objects.requireNonNull(publicKeyId, "publicKeyId");
  }
}
