package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.math.BigInteger;
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

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
