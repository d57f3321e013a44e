package dev.arca.server.pki;

import java.util.regex.Pattern;

/**
 * Names of CAs, server certificates and profiles. They become file names under {@code pki/}, so the
 * pattern also keeps every path inside that directory.
 */
final class Names {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Names() {}

  static String check(String what, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what
              + " name '"
              + name
              + "' is not valid: use 1-64 of letters, digits, '.', '-' and '_', starting with a"
              + " letter or digit");
    }
    return name;
  }

  static boolean isValid(String name) {
    return name != null && NAME.matcher(name).matches();
  }
}
