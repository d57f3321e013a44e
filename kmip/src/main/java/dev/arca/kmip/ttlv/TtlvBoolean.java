package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;

/** A Boolean: 8 bytes on the wire, 0 or 1. */
public record TtlvBoolean(int tag, boolean value) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.BOOLEAN;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
