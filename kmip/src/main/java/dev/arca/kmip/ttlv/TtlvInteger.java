package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;

/** An Integer: a signed 32-bit value (masks are Integers too). */
public record TtlvInteger(int tag, int value) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.INTEGER;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
