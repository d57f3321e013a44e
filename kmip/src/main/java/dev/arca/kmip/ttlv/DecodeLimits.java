package dev.arca.kmip.ttlv;

/**
 * Bounds that every decoder enforces before it allocates, so that a hostile message costs at most a
 * small multiple of its own size.
 *
 * @param maxMessageBytes the largest message accepted, in bytes of binary TTLV or characters of
 *     XML/JSON (default 1 MiB)
 * @param maxDepth the deepest nesting of structures accepted (default 32; real KMIP messages nest
 *     about 10 deep)
 */
public record DecodeLimits(int maxMessageBytes, int maxDepth) {

  public static final DecodeLimits DEFAULT = new DecodeLimits(1 << 20, 32);

  public DecodeLimits {
    if (maxMessageBytes < 16) {
      throw new IllegalArgumentException("maxMessageBytes must be at least 16: " + maxMessageBytes);
    }
    if (maxDepth < 1 || maxDepth > 1000) {
      throw new IllegalArgumentException("maxDepth must be between 1 and 1000: " + maxDepth);
    }
  }
}
