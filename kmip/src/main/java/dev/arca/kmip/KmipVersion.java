package dev.arca.kmip;

import java.util.Optional;

/** The protocol versions Arca speaks, oldest first. */
public enum KmipVersion {
  V1_0(1, 0),
  V1_1(1, 1),
  V1_2(1, 2),
  V1_3(1, 3),
  V1_4(1, 4),
  V2_0(2, 0),
  V2_1(2, 1);

  private final int major;
  private final int minor;

  KmipVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  public int major() {
    return major;
  }

  public int minor() {
    return minor;
  }

  /** True for 2.0 and later, whose messages carry attributes by tag instead of by name. */
  public boolean isV2() {
    return major >= 2;
  }

  public boolean atLeast(KmipVersion other) {
    return compareTo(other) >= 0;
  }

  /** The version with this major and minor number, if Arca speaks it. */
  public static Optional<KmipVersion> of(int major, int minor) {
    for (KmipVersion v : values()) {
      if (v.major == major && v.minor == minor) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Parses {@code "1.4"} or {@code "2.1"}. */
  public static Optional<KmipVersion> parse(String text) {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      return Optional.empty();
    }
    try {
      return of(
          Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static KmipVersion latest() {
    return V2_1;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
