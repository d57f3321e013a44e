package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A Date-Time Extended (KMIP 2.0 §9.1.1.4): signed microseconds since the epoch. */
public record TtlvDateTimeExtended(int tag, long epochMicros) implements Ttlv {
  @Override
  public ItemType type() {
    return ItemType.DATE_TIME_EXTENDED;
  }

  public Instant instant() {
    return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
