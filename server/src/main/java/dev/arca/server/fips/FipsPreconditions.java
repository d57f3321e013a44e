package dev.arca.server.fips;

import dev.arca.core.access.PasswordPolicy;
import dev.arca.core.access.PasswordVerifier;
import dev.arca.server.admin.ListenerSettingsStore;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.pki.TrustedCaProfile;
import dev.arca.server.tls.TlsPolicy;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The node's own settings that must agree with FIPS mode before it can be turned on: every KMIP
 * listener allows only the TLS versions of the policy, every server certificate the node presents
 * (KMIP listeners, admin port, status server) has an approved key and signature, and the password
 * policy asks for passwords long enough for approved PBKDF2. Each contradiction names the setting
 * and what to change.
 */
public final class FipsPreconditions {

  private FipsPreconditions() {}

  /** Adds the node's own preconditions to {@code mode}. */
  public static void register(
      FipsMode mode,
      ListenerSettingsStore listeners,
      Pki pki,
      ServerConfig config,
      Supplier<PasswordPolicy> passwordPolicy) {
    mode.addPrecondition(() -> listenerProtocols(listeners));
    mode.addPrecondition(() -> certificates(listeners, pki, config));
    mode.addPrecondition(() -> passwordPolicy(passwordPolicy.get()));
  }

  /**
   * Approved-only PBKDF2 takes passwords of 112 bits or more (SP 800-132), so in FIPS mode a
   * password under 14 bytes can never be checked: the policy must not allow one.
   */
  static Optional<String> passwordPolicy(PasswordPolicy policy) {
    int needed = PasswordVerifier.FIPS_MIN_PASSWORD_BYTES;
    if (policy.minLength() >= needed) {
      return Optional.empty();
    }
    return Optional.of(
        "the password policy allows passwords of "
            + policy.minLength()
            + " characters, but in FIPS mode PBKDF2 checks only passwords of "
            + needed
            + " bytes or more (SP 800-132), so a shorter one could never log in; set the minimum"
            + " length to "
            + needed
            + " or more (arca password-policy --min-length "
            + needed
            + ") and have anyone with a shorter password change it");
  }

  static Optional<String> listenerProtocols(ListenerSettingsStore listeners) {
    List<String> problems = new ArrayList<>();
    for (ListenerSettingsStore.Stored s : listeners.list()) {
      for (String p : s.config().tlsProtocols()) {
        if (!TlsPolicy.isAllowedProtocol(p)) {
          problems.add(
              "KMIP listener '"
                  + s.config().name()
                  + "' allows "
                  + p
                  + "; allow only "
                  + String.join(" and ", TlsPolicy.PROTOCOLS));
        }
      }
    }
    return join(problems);
  }

  static Optional<String> certificates(
      ListenerSettingsStore listeners, Pki pki, ServerConfig config) {
    Map<String, String> used = new LinkedHashMap<>();
    for (ListenerSettingsStore.Stored s : listeners.list()) {
      used.putIfAbsent(s.config().serverCertificate(), "KMIP listener '" + s.config().name() + "'");
    }
    used.putIfAbsent(config.admin().serverCertificate(), "the admin port");
    if (config.fips().status().enabled()) {
      used.putIfAbsent(config.fips().status().serverCertificate(), "the FIPS status server");
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : used.entrySet()) {
      X509Certificate certificate;
      try {
        certificate = pki.forServer(e.getKey(), TrustedCaProfile.DEFAULT).chain().get(0);
      } catch (PkiException ex) {
        problems.add("server certificate '" + e.getKey() + "' cannot be read: " + ex.getMessage());
        continue;
      }
      certificateProblem(certificate)
          .ifPresent(
              p ->
                  problems.add(
                      "server certificate '"
                          + e.getKey()
                          + "' of "
                          + e.getValue()
                          + " "
                          + p
                          + "; recreate it with an RSA key of 2048 bits or more or an ECDSA key"
                          + " on P-256, P-384 or P-521"));
    }
    return join(problems);
  }

  /** Why a server certificate's key or signature is not approved, if it is not. */
  static Optional<String> certificateProblem(X509Certificate certificate) {
    PublicKey key = certificate.getPublicKey();
    if (key instanceof RSAPublicKey rsa) {
      int bits = rsa.getModulus().bitLength();
      if (bits < 2048) {
        return Optional.of("has an RSA-" + bits + " key (FIPS 186-5: 2048 bits or more)");
      }
    } else if (key instanceof ECPublicKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      if (bits < 256) {
        return Optional.of("has a " + bits + "-bit EC key (SP 800-186: P-256 or larger)");
      }
    } else {
      return Optional.of("has a " + key.getAlgorithm() + " key");
    }
    String signature = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
    if (signature.contains("SHA1") || signature.contains("MD5")) {
      return Optional.of(
          "is signed with " + certificate.getSigAlgName() + " (SP 800-131A: SHA-2 or SHA-3)");
    }
    return Optional.empty();
  }

  private static Optional<String> join(List<String> problems) {
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }
}
