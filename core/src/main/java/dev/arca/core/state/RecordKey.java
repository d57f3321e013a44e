package dev.arca.core.state;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of a record: its kind ({@code user}, later {@code group}, {@code admin}, …) and its
 * name within the kind.
 *
 * <p>Records are the configuration entities kept beside managed objects and replicated the same
 * way: a record is a body of bytes under a key, changed only by {@link PutRecord} and {@link
 * DeleteRecord} with a compare-and-set on its revision.
 *
 * <p>Keys order by kind, then by name in Unicode code point order, which is also the order of their
 * UTF-8 bytes and so the order SQLite returns them in.
 *
 * @param kind lower-case ASCII: a letter, then up to 31 letters, digits or hyphens
 * @param name 1 to {@value #MAX_NAME_LENGTH} characters, no control characters, valid Unicode
 */
public record RecordKey(String kind, String name) implements Comparable<RecordKey> {

  /** The longest name, in UTF-16 characters. */
  public static final int MAX_NAME_LENGTH = 255;

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private static final Comparator<RecordKey> ORDER =
      Comparator.comparing(RecordKey::kind).thenComparing(RecordKey::name, RecordKey::byCodePoint);

  public RecordKey {
    checkKind(kind);
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a record name has 1 to " + MAX_NAME_LENGTH + " characters, not " + name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "a record name must not contain control characters (position " + i + ")");
      }
      // An unpaired surrogate has no UTF-8 form: the name would not survive the store.
      if (Character.isHighSurrogate(c)
          && (i + 1 == name.length() || !Character.isLowSurrogate(name.charAt(i + 1)))) {
        throw new IllegalArgumentException(
            "a record name must be valid Unicode (position " + i + ")");
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)))) {
        throw new IllegalArgumentException(
            "a record name must be valid Unicode (position " + i + ")");
      }
    }
  }

  public static RecordKey of(String kind, String name) {
    return new RecordKey(kind, name);
  }

  /**
   * Checks a kind on its own, e.g. before listing the records of a kind.
   *
   * @throws IllegalArgumentException if {@code kind} is not a valid kind
   */
  public static String checkKind(String kind) {
    Objects.requireNonNull(kind, "kind");
    if (!KIND.matcher(kind).matches()) {
      // The value is not repeated: a key may come from log bytes, whose content errors never show.
      throw new IllegalArgumentException(
          "a record kind is a lower-case letter and up to 31 letters, digits or hyphens");
    }
    return kind;
  }

  @Override
  public int compareTo(RecordKey other) {
    return ORDER.compare(this, other);
  }

  /** Compares by code point, which for valid Unicode is the order of the UTF-8 bytes. */
  private static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Override
  public String toString() {
    return kind + "/" + name;
  }
}
