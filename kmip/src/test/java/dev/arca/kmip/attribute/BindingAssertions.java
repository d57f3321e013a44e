package dev.arca.kmip.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;

/**
 * Round trips of bound records through binary TTLV, for the record tests of the attribute, object
 * and payload packages.
 *
 * <p>Records with {@code byte[]} components compare arrays by identity, so equality of two records
 * is checked on their encodings: two records are the same value when they encode to the same bytes.
 */
public final class BindingAssertions {

  private BindingAssertions() {}

  /** The binary TTLV of {@code item}. */
  public static byte[] bytes(Ttlv item) {
    return new TtlvEncoder().encode(item);
  }

  /** The binary TTLV of a record with a {@code @KmipStructure} tag. */
  public static byte[] recordBytes(Record record) {
    return bytes(TtlvBinder.encode(record));
  }

  /**
   * Encodes {@code record} (which has a {@code @KmipStructure} tag) to binary TTLV, decodes the
   * bytes into a new record and checks that it encodes to the same bytes; returns the new record.
   */
  public static <R extends Record> R roundTrip(R record) throws KmipException {
    Tag tag =
        TtlvBinder.structureTag(record.getClass())
            .orElseThrow(() -> new AssertionError(record.getClass() + " has no structure tag"));
    return roundTrip(tag, record);
  }

  /** As {@link #roundTrip(Record)}, under {@code tag}. */
  public static <R extends Record> R roundTrip(Tag tag, R record) throws KmipException {
    byte[] encoded = bytes(TtlvBinder.encode(tag, record));
    Ttlv tree = new TtlvDecoder().decode(encoded);
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    R decoded = TtlvBinder.decode(type, tree);
    assertThat(bytes(TtlvBinder.encode(tag, decoded)))
        .as("%s re-encodes to the same bytes", type.getSimpleName())
        .isEqualTo(encoded);
    return decoded;
  }

  /** Round trip of a record without arrays, which must also be equal to the original. */
  public static <R extends Record> void assertRoundTripEquals(R record) throws KmipException {
    assertThat(roundTrip(record)).isEqualTo(record);
  }

  /** As {@link #assertRoundTripEquals(Record)}, under {@code tag}. */
  public static <R extends Record> void assertRoundTripEquals(Tag tag, R record)
      throws KmipException {
    assertThat(roundTrip(tag, record)).isEqualTo(record);
  }
}
