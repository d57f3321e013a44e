package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.time.Instant;

/** A Date-Time: signed seconds since 1970-01-01T00:00:00Z, 64 bits on the wire. */
public record TtlvDateTime(int tag, long epochSeconds) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.DATE_TIME;
  }

  public Instant instant() {
    return Instant.ofEpochSecond(epochSeconds);
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
