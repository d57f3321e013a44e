package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_2;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.2 §9.1.3.2.34, KMIP 2.1 §11.2 Alternative Name Type Enumeration. */
public enum AlternativeNameType implements KmipEnum {
  UNINTERPRETED_TEXT_STRING(
      0x00000001, "Uninterpreted Text String", "UninterpretedTextString", V1_2),
  URI(0x00000002, "URI", "URI", V1_2),
  OBJECT_SERIAL_NUMBER(0x00000003, "Object Serial Number", "ObjectSerialNumber", V1_2),
  EMAIL_ADDRESS(0x00000004, "Email Address", "EmailAddress", V1_2),
  DNS_NAME(0x00000005, "DNS Name", "DNSName", V1_2),
  X_500_DISTINGUISHED_NAME(0x00000006, "X.500 Distinguished Name", "X_500DistinguishedName", V1_2),
  IP_ADDRESS(0x00000007, "IP Address", "IPAddress", V1_2);

  private static final EnumLookup<AlternativeNameType> LOOKUP =
      EnumLookup.of("Alternative Name Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  AlternativeNameType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static AlternativeNameType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<AlternativeNameType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<AlternativeNameType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
