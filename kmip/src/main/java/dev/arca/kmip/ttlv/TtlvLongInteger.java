package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;

/** A Long Integer: a signed 64-bit value. */
public record TtlvLongInteger(int tag, long value) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.LONG_INTEGER;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
