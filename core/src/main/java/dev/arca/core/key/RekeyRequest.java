package dev.arca.core.key;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What Re-key and Re-key Key Pair take besides the key (KMIP 2.1 §6.1.46, §6.1.47).
 *
 * @param offset the interval between the new version's Initial Date and its Activation Date; when
 *     present the other dates move by the same amount (Table 303). When absent the dates are copied
 *     from the old version.
 * @param attributes attributes the client gives for the new version, checked like those of a
 *     Create; for a key pair, the common attributes
 * @param privateAttributes for Re-key Key Pair: attributes of the new private key only
 * @param publicAttributes for Re-key Key Pair: attributes of the new public key only
 * @param oldVersion what happens to the version being replaced
 */
public record RekeyRequest(
    Optional<Duration> offset,
    AttributeSet attributes,
    AttributeSet privateAttributes,
    AttributeSet publicAttributes,
    OldVersion oldVersion) {

  public RekeyRequest {
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(privateAttributes, "privateAttributes");
    Objects.requireNonNull(publicAttributes, "publicAttributes");
    Objects.requireNonNull(oldVersion, "oldVersion");
    if (offset.isPresent() && offset.get().isNegative()) {
      throw new IllegalArgumentException("the offset must not be negative");
    }
  }

  /** A re-key with the dates copied, no client attributes and the server's default. */
  public static RekeyRequest defaults() {
    return new RekeyRequest(
        Optional.empty(),
        AttributeSet.empty(),
        AttributeSet.empty(),
        AttributeSet.empty(),
        OldVersion.serverDefault());
  }

  public RekeyRequest withOffset(Duration newOffset) {
    return new RekeyRequest(
        Optional.of(newOffset), attributes, privateAttributes, publicAttributes, oldVersion);
  }

  public RekeyRequest withAttributes(AttributeSet newAttributes) {
    return new RekeyRequest(offset, newAttributes, privateAttributes, publicAttributes, oldVersion);
  }

  public RekeyRequest withOldVersion(OldVersion newOldVersion) {
    return new RekeyRequest(offset, attributes, privateAttributes, publicAttributes, newOldVersion);
  }
}
