package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Big Integer: two's complement, big-endian, sign-extended to a multiple of 8 bytes on the wire.
 *
 * <p>Big integers carry private key components (RSA d, p, q, EC d), so {@link #toString()} gives
 * the bit length only.
 */
public record TtlvBigInteger(int tag, BigInteger value) implements Ttlv {
  public TtlvBigInteger {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public ItemType type() {
    return ItemType.BIG_INTEGER;
  }

  /**
   * The value as the wire carries it: two's complement, big-endian, sign-extended to the shortest
   * multiple of 8 bytes (KMIP 1.4 §9.1.1.4); the XML and JSON encodings write the same bytes in
   * hex.
   */
  public byte[] wireBytes() {
    byte[] minimal = value.toByteArray();
    int padded = (minimal.length + 7) & ~7;
    if (padded == minimal.length) {
      return minimal;
    }
    byte[] out = new byte[padded];
    Arrays.fill(out, 0, padded - minimal.length, (byte) (value.signum() < 0 ? 0xFF : 0x00));
    System.arraycopy(minimal, 0, out, padded - minimal.length, minimal.length);
    return out;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
