package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads the Data item of a request, which KMIP 2.x lets a client send in more than one form, and
 * renders payloads without their data bytes.
 *
 * <p>KMIP 1.x sends Data as a Byte String. KMIP 2.1 §7.9 Table 360 also accepts, in a request, a
 * Data Enumeration naming the result of an earlier batch item, or an Integer, the n-th Data of the
 * response (negative: counted back from the current batch item). The request records keep the item
 * as sent, so that every form decodes and re-encodes unchanged, and read it with these methods.
 */
final class PayloadItems {

  private PayloadItems() {}

  /** Rejects Data that is neither a Byte String, a Data Enumeration value nor an Integer. */
  static void checkData(Optional<Ttlv> item) {
    item.ifPresent(
        i -> {
          if (i.tag() != Tag.DATA.code()) {
            throw new IllegalArgumentException(i.tagName() + " given where Data goes");
          }
          boolean ok =
              i instanceof TtlvByteString
                  || i instanceof TtlvInteger
                  || (i instanceof TtlvEnumeration e && Data.find(e.value()).isPresent());
          if (!ok) {
            throw new IllegalArgumentException(
                "Data must be a Byte String, a Data Enumeration value or an Integer");
          }
        });
  }

  static Optional<Ttlv> data(byte[] bytes) {
    return Optional.of(Ttlv.bytes(Tag.DATA, bytes));
  }

  /** A copy of the bytes, when the item is a Byte String. */
  static Optional<byte[]> bytes(Optional<Ttlv> item) {
    return item.filter(TtlvByteString.class::isInstance).map(i -> ((TtlvByteString) i).value());
  }

  /** The batch reference, when the item is an Enumeration. */
  static Optional<Data> reference(Optional<Ttlv> item) {
    return item.filter(TtlvEnumeration.class::isInstance)
        .flatMap(i -> Data.find(((TtlvEnumeration) i).value()));
  }

  /** The response index, when the item is an Integer. */
  static Optional<Integer> index(Optional<Ttlv> item) {
    return item.filter(TtlvInteger.class::isInstance).map(i -> ((TtlvInteger) i).value());
  }

  /**
   * A one-line rendering of a record's fields, {@code Name[field=value, …]}, leaving out absent
   * optionals and empty lists. Byte arrays and Byte String items are shown by length only: they
   * hold plaintext, key material or random output.
   *
   * @param namesAndValues field name, value, field name, value, …
   */
  static String render(String recordName, Object... namesAndValues) {
    StringJoiner out = new StringJoiner(", ", recordName + "[", "]");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        value = o.get();
      }
      if (value instanceof List<?> l && l.isEmpty()) {
        continue;
      }
      if (value instanceof byte[] b) {
        value = b.length + " bytes";
      } else if (value instanceof TtlvByteString b) {
        value = b.length() + " bytes";
      }
      out.add(namesAndValues[i] + "=" + value);
    }
    return out.toString();
  }
}
