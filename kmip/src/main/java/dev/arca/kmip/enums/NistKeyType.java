package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.32 NIST Key Type Enumeration. */
public enum NistKeyType implements KmipEnum {
  PRIVATE_SIGNATURE_KEY(0x00000001, "Private signature key", "PrivateSignatureKey", V2_0),
  PUBLIC_SIGNATURE_VERIFICATION_KEY(
      0x00000002, "Public signature verification key", "PublicSignatureVerificationKey", V2_0),
  SYMMETRIC_AUTHENTICATION_KEY(
      0x00000003, "Symmetric authentication key", "SymmetricAuthenticationKey", V2_0),
  PRIVATE_AUTHENTICATION_KEY(
      0x00000004, "Private authentication key", "PrivateAuthenticationKey", V2_0),
  PUBLIC_AUTHENTICATION_KEY(
      0x00000005, "Public authentication key", "PublicAuthenticationKey", V2_0),
  SYMMETRIC_DATA_ENCRYPTION_KEY(
      0x00000006, "Symmetric data encryption key", "SymmetricDataEncryptionKey", V2_0),
  SYMMETRIC_KEY_WRAPPING_KEY(
      0x00000007, "Symmetric key wrapping key", "SymmetricKeyWrappingKey", V2_0),
  SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY(
      0x00000008,
      "Symmetric random number generation key",
      "SymmetricRandomNumberGenerationKey",
      V2_0),
  SYMMETRIC_MASTER_KEY(0x00000009, "Symmetric master key", "SymmetricMasterKey", V2_0),
  PRIVATE_KEY_TRANSPORT_KEY(
      0x0000000A, "Private key transport key", "PrivateKeyTransportKey", V2_0),
  PUBLIC_KEY_TRANSPORT_KEY(0x0000000B, "Public key transport key", "PublicKeyTransportKey", V2_0),
  SYMMETRIC_KEY_AGREEMENT_KEY(
      0x0000000C, "Symmetric key agreement key", "SymmetricKeyAgreementKey", V2_0),
  PRIVATE_STATIC_KEY_AGREEMENT_KEY(
      0x0000000D, "Private static key agreement key", "PrivateStaticKeyAgreementKey", V2_0),
  PUBLIC_STATIC_KEY_AGREEMENT_KEY(
      0x0000000E, "Public static key agreement key", "PublicStaticKeyAgreementKey", V2_0),
  PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY(
      0x0000000F, "Private ephemeral key agreement key", "PrivateEphemeralKeyAgreementKey", V2_0),
  PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY(
      0x00000010, "Public ephemeral key agreement key", "PublicEphemeralKeyAgreementKey", V2_0),
  SYMMETRIC_AUTHORIZATION_KEY(
      0x00000011, "Symmetric authorization key", "SymmetricAuthorizationKey", V2_0),
  PRIVATE_AUTHORIZATION_KEY(
      0x00000012, "Private authorization key", "PrivateAuthorizationKey", V2_0),
  PUBLIC_AUTHORIZATION_KEY(0x00000013, "Public authorization key", "PublicAuthorizationKey", V2_0);

  private static final EnumLookup<NistKeyType> LOOKUP = EnumLookup.of("NIST Key Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  NistKeyType(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static NistKeyType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<NistKeyType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<NistKeyType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
