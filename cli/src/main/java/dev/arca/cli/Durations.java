package dev.arca.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people write and read them: {@code 600}, {@code 600s}, {@code 10m}, {@code 2h}. */
final class Durations {

  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\s*(s|sec|m|min|h|d)?");

  private Durations() {}

  /**
   * A number of seconds, or a number with the unit s, m (minutes), h or d.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a duration; write seconds (600 or 600s), minutes (10m) or hours (2h)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    switch (unit) {
      case "m":
      case "min":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      case "d":
        return Duration.ofDays(n);
      default:
        return Duration.ofSeconds(n);
    }
  }

  /** {@code 3 d 4 h}, {@code 2 h 5 min}, {@code 10 min}, {@code 42 s}: the two largest units. */
  static String human(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    long rest = seconds % 60;
    return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
  }

  /** Parses a duration option. */
  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
