package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.util.Objects;

/** A Text String: UTF-8 on the wire, without a terminator. */
public record TtlvTextString(int tag, String value) implements Ttlv {
  public TtlvTextString {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public ItemType type() {
    return ItemType.TEXT_STRING;
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
