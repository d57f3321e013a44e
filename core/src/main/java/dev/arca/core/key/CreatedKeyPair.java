package dev.arca.core.key;

import java.util.Objects;

/** The two objects Create Key Pair and Re-key Key Pair make. */
public record CreatedKeyPair(ManagedObjectView privateKey, ManagedObjectView publicKey) {
  public CreatedKeyPair {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }
}
