package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.18, KMIP 2.1 §11.48 Revocation Reason Code Enumeration. */
public enum RevocationReasonCode implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_0),
  KEY_COMPROMISE(0x00000002, "Key Compromise", "KeyCompromise", V1_0),
  CA_COMPROMISE(0x00000003, "CA Compromise", "CACompromise", V1_0),
  AFFILIATION_CHANGED(0x00000004, "Affiliation Changed", "AffiliationChanged", V1_0),
  SUPERSEDED(0x00000005, "Superseded", "Superseded", V1_0),
  CESSATION_OF_OPERATION(0x00000006, "Cessation of Operation", "CessationOfOperation", V1_0),
  PRIVILEGE_WITHDRAWN(0x00000007, "Privilege Withdrawn", "PrivilegeWithdrawn", V1_0);

  private static final EnumLookup<RevocationReasonCode> LOOKUP =
      EnumLookup.of("Revocation Reason Code", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  RevocationReasonCode(int code, String specName, String encodingName, KmipVersion since) {
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

  public static RevocationReasonCode fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<RevocationReasonCode> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<RevocationReasonCode> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
