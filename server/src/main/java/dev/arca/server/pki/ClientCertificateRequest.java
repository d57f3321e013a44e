package dev.arca.server.pki;

import dev.arca.server.config.CertificateField;
import java.net.InetAddress;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a client certificate should say. The username goes into every chosen subject field, so the
 * certificate works whichever field a listener reads the username from; by default CN and UID
 * ({@code CN=alice, UID=alice}).
 *
 * @param username the KMIP user the certificate identifies (1-64 characters, no control characters)
 * @param usernameFields the subject fields that carry the username; SN needs a PrintableString
 *     username and E an ASCII one
 * @param addresses source addresses written to the subjectAltName, for listeners that require the
 *     client's address in its certificate; usually empty
 * @param keyAlgorithm the new key's type
 * @param validity how long the certificate is valid (1 day to 10 years, default 2 years); it ends
 *     no later than the issuing CA's own certificate
 */
public record ClientCertificateRequest(
    String username,
    Set<CertificateField> usernameFields,
    List<InetAddress> addresses,
    KeyAlgorithm keyAlgorithm,
    Period validity) {

  /** The fields that carry the username unless told otherwise. */
  public static final Set<CertificateField> DEFAULT_FIELDS =
      Set.copyOf(EnumSet.of(CertificateField.CN, CertificateField.UID));

  public ClientCertificateRequest {
    Subjects.checkUsername(username, usernameFields);
    usernameFields = Set.copyOf(usernameFields);
    addresses = List.copyOf(addresses);
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    Objects.requireNonNull(validity, "validity");
  }

  /** A request with the defaults: CN and UID, no addresses, ECDSA P-256, 2 years. */
  public static ClientCertificateRequest forUser(String username) {
    return new ClientCertificateRequest(
        username,
        DEFAULT_FIELDS,
        List.of(),
        KeyAlgorithm.DEFAULT,
        CertificateProfile.CLIENT.defaultValidity());
  }

  /** The same request with the username in these subject fields. */
  public ClientCertificateRequest withUsernameFields(Set<CertificateField> fields) {
    return new ClientCertificateRequest(username, fields, addresses, keyAlgorithm, validity);
  }

  /** The same request with these source addresses in the subjectAltName. */
  public ClientCertificateRequest withAddresses(List<InetAddress> sourceAddresses) {
    return new ClientCertificateRequest(
        username, usernameFields, sourceAddresses, keyAlgorithm, validity);
  }

  /** The same request with another key type. */
  public ClientCertificateRequest withKeyAlgorithm(KeyAlgorithm algorithm) {
    return new ClientCertificateRequest(username, usernameFields, addresses, algorithm, validity);
  }

  /** The same request with another validity. */
  public ClientCertificateRequest withValidity(Period period) {
    return new ClientCertificateRequest(username, usernameFields, addresses, keyAlgorithm, period);
  }
}
