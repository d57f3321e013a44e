package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.44, KMIP 2.1 §11.15 Destroy Action Enumeration. */
public enum DestroyAction implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  KEY_MATERIAL_DELETED(0x00000002, "Key Material Deleted", "KeyMaterialDeleted", V1_3),
  KEY_MATERIAL_SHREDDED(0x00000003, "Key Material Shredded", "KeyMaterialShredded", V1_3),
  META_DATA_DELETED(0x00000004, "Meta Data Deleted", "MetaDataDeleted", V1_3),
  META_DATA_SHREDDED(0x00000005, "Meta Data Shredded", "MetaDataShredded", V1_3),
  DELETED(0x00000006, "Deleted", "Deleted", V1_3),
  SHREDDED(0x00000007, "Shredded", "Shredded", V1_3);

  private static final EnumLookup<DestroyAction> LOOKUP = EnumLookup.of("Destroy Action", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  DestroyAction(int code, String specName, String encodingName, KmipVersion since) {
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

  public static DestroyAction fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<DestroyAction> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<DestroyAction> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
