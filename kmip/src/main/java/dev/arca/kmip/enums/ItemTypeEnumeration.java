package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/**
 * KMIP 2.1 §11.23 Item Type Enumeration.
 *
 * <p>Named apart from {@link dev.arca.kmip.ItemType}, the TTLV item type the codecs use; this is
 * the enumeration an Extension Type item carries (KMIP 2.1 §7.13).
 */
public enum ItemTypeEnumeration implements KmipEnum {
  STRUCTURE(0x00000001, "Structure", "Structure", V2_0),
  INTEGER(0x00000002, "Integer", "Integer", V2_0),
  LONG_INTEGER(0x00000003, "Long Integer", "LongInteger", V2_0),
  BIG_INTEGER(0x00000004, "Big Integer", "BigInteger", V2_0),
  ENUMERATION(0x00000005, "Enumeration", "Enumeration", V2_0),
  BOOLEAN(0x00000006, "Boolean", "Boolean", V2_0),
  TEXT_STRING(0x00000007, "Text String", "TextString", V2_0),
  BYTE_STRING(0x00000008, "Byte String", "ByteString", V2_0),
  DATE_TIME(0x00000009, "Date Time", "DateTime", V2_0),
  INTERVAL(0x0000000A, "Interval", "Interval", V2_0),
  DATE_TIME_EXTENDED(0x0000000B, "Date Time Extended", "DateTimeExtended", V2_0);

  private static final EnumLookup<ItemTypeEnumeration> LOOKUP =
      EnumLookup.of("Item Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ItemTypeEnumeration(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ItemTypeEnumeration fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ItemTypeEnumeration> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ItemTypeEnumeration> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
