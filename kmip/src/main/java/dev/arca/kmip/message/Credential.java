package dev.arca.kmip.message;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CredentialType;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * KMIP 2.1 §9.11 Credential. The value's shape depends on the type, so it is kept as an item and
 * read through the typed accessors.
 */
@KmipStructure(Tag.CREDENTIAL)
public record Credential(
    @KmipField(Tag.CREDENTIAL_TYPE) CredentialType credentialType,
    @KmipField(Tag.CREDENTIAL_VALUE) Ttlv credentialValue) {

  public static Credential of(UsernamePassword value) {
    return new Credential(
        CredentialType.USERNAME_AND_PASSWORD, TtlvBinder.encode(Tag.CREDENTIAL_VALUE, value));
  }

  public static Credential of(DeviceCredential value) {
    return new Credential(CredentialType.DEVICE, TtlvBinder.encode(Tag.CREDENTIAL_VALUE, value));
  }

  /** The value of a Username and Password credential. */
  public Optional<UsernamePassword> usernamePassword() throws KmipException {
    return credentialType == CredentialType.USERNAME_AND_PASSWORD
        ? Optional.of(TtlvBinder.decode(UsernamePassword.class, credentialValue))
        : Optional.empty();
  }

  /** The value of a Device credential. */
  public Optional<DeviceCredential> device() throws KmipException {
    return credentialType == CredentialType.DEVICE
        ? Optional.of(TtlvBinder.decode(DeviceCredential.class, credentialValue))
        : Optional.empty();
  }

  /** The value of an Attestation credential. */
  public Optional<AttestationCredential> attestation() throws KmipException {
    return credentialType == CredentialType.ATTESTATION
        ? Optional.of(TtlvBinder.decode(AttestationCredential.class, credentialValue))
        : Optional.empty();
  }

  /** Credentials carry passwords: never render their value. */
  @Override
  public String toString() {
    return "Credential[" + credentialType.specName() + "]";
  }
}
