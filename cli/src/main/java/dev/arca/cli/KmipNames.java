package dev.arca.cli;

import dev.arca.kmip.KmipEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * KMIP enumeration values as a user types them: case, spaces, dashes, underscores and punctuation
 * do not matter, so {@code aes}, {@code hmac-sha256}, {@code pkcs8}, {@code x509}, {@code
 * pre-active} and {@code cessation-of-operation} all name their value.
 */
final class KmipNames {

  private KmipNames() {}

  /** The value of {@code type} that {@code text} names, by specification or encoding name. */
  static <E extends Enum<E> & KmipEnum> Optional<E> find(Class<E> type, String text) {
    String wanted = key(text);
    for (E e : type.getEnumConstants()) {
      if (key(e.specName()).equals(wanted)
          || key(e.encodingName()).equals(wanted)
          || key(e.name()).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The lower-case CLI spelling of a value: {@code Pre-Active} → {@code pre-active}. */
  static String cliName(KmipEnum e) {
    return e.specName()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9 _-]", "")
        .replaceAll("[ _-]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * A picocli converter for one KMIP enumeration, listing a few values when the text is unknown.
   */
  abstract static class Converter<E extends Enum<E> & KmipEnum> implements ITypeConverter<E> {
    private final Class<E> type;
    private final List<String> examples;

    Converter(Class<E> type, List<String> examples) {
      this.type = type;
      this.examples = examples;
    }

    @Override
    public E convert(String value) {
      return find(type, value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a "
                          + type.getSimpleName()
                          + ", e.g. "
                          + String.join(", ", examples)));
    }
  }

  /** The CLI names of every value of {@code type}, for completion. */
  static <E extends Enum<E> & KmipEnum> List<String> cliNames(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(cliName(e));
    }
    return out;
  }
}
