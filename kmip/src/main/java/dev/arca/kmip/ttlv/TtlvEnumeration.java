package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;

/**
 * An Enumeration, kept as its raw 32-bit code so that extension values (0x8xxxxxxx) and values
 * newer than Arca's tables survive a round trip.
 */
public record TtlvEnumeration(int tag, int value) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.ENUMERATION;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
