package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.16, KMIP 2.1 §11.26 Key Role Type Enumeration. */
public enum KeyRoleType implements KmipEnum {
  BDK(0x00000001, "BDK", "BDK", V1_0),
  CVK(0x00000002, "CVK", "CVK", V1_0),
  DEK(0x00000003, "DEK", "DEK", V1_0),
  MKAC(0x00000004, "MKAC", "MKAC", V1_0),
  MKSMC(0x00000005, "MKSMC", "MKSMC", V1_0),
  MKSMI(0x00000006, "MKSMI", "MKSMI", V1_0),
  MKDAC(0x00000007, "MKDAC", "MKDAC", V1_0),
  MKDN(0x00000008, "MKDN", "MKDN", V1_0),
  MKCP(0x00000009, "MKCP", "MKCP", V1_0),
  MKOTH(0x0000000A, "MKOTH", "MKOTH", V1_0),
  KEK(0x0000000B, "KEK", "KEK", V1_0),
  MAC16609(0x0000000C, "MAC16609", "MAC16609", V1_0),
  MAC97971(0x0000000D, "MAC97971", "MAC97971", V1_0),
  MAC97972(0x0000000E, "MAC97972", "MAC97972", V1_0),
  MAC97973(0x0000000F, "MAC97973", "MAC97973", V1_0),
  MAC97974(0x00000010, "MAC97974", "MAC97974", V1_0),
  MAC97975(0x00000011, "MAC97975", "MAC97975", V1_0),
  ZPK(0x00000012, "ZPK", "ZPK", V1_0),
  PVKIBM(0x00000013, "PVKIBM", "PVKIBM", V1_0),
  PVKPVV(0x00000014, "PVKPVV", "PVKPVV", V1_0),
  PVKOTH(0x00000015, "PVKOTH", "PVKOTH", V1_0),
  DUKPT(0x00000016, "DUKPT", "DUKPT", V1_4),
  IV(0x00000017, "IV", "IV", V1_4),
  TRKBK(0x00000018, "TRKBK", "TRKBK", V1_4);

  private static final EnumLookup<KeyRoleType> LOOKUP = EnumLookup.of("Key Role Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  KeyRoleType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static KeyRoleType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<KeyRoleType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<KeyRoleType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
