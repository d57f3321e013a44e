package dev.arca.server.pki;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A named list of CAs whose certificates a listener accepts from clients. {@code Default} always
 * exists; a listener names the profile it uses.
 *
 * @param name the profile's name
 * @param caNames the CAs (local or imported) it trusts, without duplicates
 */
public record TrustedCaProfile(String name, List<String> caNames) {

  /** The profile every node has and listeners use unless configured otherwise. */
  public static final String DEFAULT = "Default";

  public TrustedCaProfile {
    Names.check("profile", name);
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String ca : caNames) {
      unique.add(Names.check("CA", ca));
    }
    caNames = List.copyOf(unique);
  }

  /** Whether the profile lists the CA. */
  public boolean trusts(String caName) {
    return caNames.contains(caName);
  }
}
