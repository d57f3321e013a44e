package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.time.Duration;

/** An Interval: unsigned 32-bit seconds on the wire, held here in a long (0 to 2^32-1). */
public record TtlvInterval(int tag, long seconds) implements Ttlv {
  public static final long MAX = 0xFFFF_FFFFL;

  public TtlvInterval {
    if (seconds < 0 || seconds > MAX) {
      throw new IllegalArgumentException("interval out of range: " + seconds);
    }
  }

  @Override
  public ItemType type() {
    return ItemType.INTERVAL;
  }

  public Duration duration() {
    return Duration.ofSeconds(seconds);
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
