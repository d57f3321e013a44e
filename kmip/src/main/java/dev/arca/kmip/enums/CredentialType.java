package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.1, KMIP 2.1 §11.11 Credential Type Enumeration. */
public enum CredentialType implements KmipEnum {
  USERNAME_AND_PASSWORD(0x00000001, "Username and Password", "UsernameAndPassword", V1_0),
  DEVICE(0x00000002, "Device", "Device", V1_1),
  ATTESTATION(0x00000003, "Attestation", "Attestation", V1_2),
  ONE_TIME_PASSWORD(0x00000004, "One Time Password", "OneTimePassword", V2_0),
  HASHED_PASSWORD(0x00000005, "Hashed Password", "HashedPassword", V2_0),
  TICKET(0x00000006, "Ticket", "Ticket", V2_0);

  private static final EnumLookup<CredentialType> LOOKUP =
      EnumLookup.of("Credential Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CredentialType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CredentialType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CredentialType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CredentialType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
