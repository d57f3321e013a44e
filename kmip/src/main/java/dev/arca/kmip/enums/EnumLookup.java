package dev.arca.kmip.enums;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The code and name lookups every KMIP enumeration and mask shares, built once from {@code
 * values()} in the enum's static initializer.
 *
 * <p>A duplicate code or encoding name is a bug in the table, so it fails the enum's class
 * initialization ({@link ExceptionInInitializerError}) rather than resolving to one of the two.
 *
 * @param <E> the enum
 */
final class EnumLookup<E extends Enum<E> & KmipEnum> {

  /** Codes up to this bound are looked up in an array; masks and sparse tables use a map. */
  private static final int DENSE_LIMIT = 0x1000;

  private final String enumerationName;
  private final E[] dense;
  private final Map<Integer, E> sparse;
  private final Map<String, E> byEncodingName;

  private EnumLookup(String enumerationName, E[] values, Map<String, E> formerNames) {
    this.enumerationName = enumerationName;
    Map<Integer, E> byCode = new HashMap<>();
    Map<String, E> names = new HashMap<>();
    int max = -1;
    int min = 0;
    for (E e : values) {
      E clash = byCode.put(e.code(), e);
      if (clash != null) {
        throw new IllegalStateException(
            String.format(
                "%s: %s and %s share the code 0x%08X", enumerationName, clash, e, e.code()));
      }
      if (names.put(e.encodingName(), e) != null) {
        throw new IllegalStateException(
            enumerationName + ": two values are named " + e.encodingName());
      }
      max = Math.max(max, e.code());
      min = Math.min(min, e.code());
    }
    formerNames.forEach(
        (name, e) -> {
          if (names.putIfAbsent(name, e) != null) {
            throw new IllegalStateException(
                enumerationName + ": former name " + name + " is also a current name");
          }
        });
    if (min >= 0 && max < DENSE_LIMIT) {
      E[] table = Arrays.copyOf(values, max + 1);
      Arrays.fill(table, null);
      byCode.forEach((code, e) -> table[code] = e);
      this.dense = table;
      this.sparse = Map.of();
    } else {
      this.dense = null;
      this.sparse = Map.copyOf(byCode);
    }
    this.byEncodingName = Map.copyOf(names);
  }

  /**
   * The lookup for one enumeration or mask.
   *
   * @param enumerationName the name the specification gives the table, used in error messages
   * @throws IllegalStateException when two values share a code or an encoding name
   */
  static <E extends Enum<E> & KmipEnum> EnumLookup<E> of(String enumerationName, E[] values) {
    return new EnumLookup<>(enumerationName, values, Map.of());
  }

  /**
   * The lookup for an enumeration whose values an earlier version named differently.
   *
   * @param formerNames encoding names still accepted by {@link #fromEncodingName}, never written
   */
  static <E extends Enum<E> & KmipEnum> EnumLookup<E> of(
      String enumerationName, E[] values, Map<String, E> formerNames) {
    return new EnumLookup<>(enumerationName, values, formerNames);
  }

  Optional<E> find(int code) {
    if (dense == null) {
      return Optional.ofNullable(sparse.get(code));
    }
    if (code < 0 || code >= dense.length) {
      return Optional.empty();
    }
    return Optional.ofNullable(dense[code]);
  }

  /**
   * The value with this code.
   *
   * @throws KmipException with {@link ResultReason#INVALID_FIELD} when the table has no such code
   */
  E fromCode(int code) throws KmipException {
    Optional<E> e = find(code);
    if (e.isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          String.format("%s has no value 0x%08X", enumerationName, code));
    }
    return e.get();
  }

  Optional<E> fromEncodingName(String name) {
    return Optional.ofNullable(byEncodingName.get(name));
  }
}
