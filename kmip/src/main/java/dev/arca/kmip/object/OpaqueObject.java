package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;

/**
 * KMIP 1.4 §2.2.8 Table 52, KMIP 2.1 §2.3 Table 4 Opaque Object.
 *
 * @param opaqueDataType an Enumeration item: the specification defines no value, only the extension
 *     range 8XXXXXXX (KMIP 2.1 §11.35), so the code is kept as it came; see {@link
 *     #opaqueDataTypeCode()}
 */
@KmipStructure(Tag.OPAQUE_OBJECT)
public record OpaqueObject(
    @KmipField(Tag.OPAQUE_DATA_TYPE) Ttlv opaqueDataType,
    @KmipField(Tag.OPAQUE_DATA_VALUE) byte[] opaqueDataValue)
    implements ManagedObject {

  public OpaqueObject {
    if (!(opaqueDataType instanceof TtlvEnumeration)) {
      throw new IllegalArgumentException(
          "Opaque Data Type must be an Enumeration, not " + opaqueDataType.type().encodingName());
    }
  }

  public static OpaqueObject of(int opaqueDataType, byte[] value) {
    return new OpaqueObject(Ttlv.enumeration(Tag.OPAQUE_DATA_TYPE, opaqueDataType), value);
  }

  /** The Opaque Data Type code. */
  public int opaqueDataTypeCode() {
    return ((TtlvEnumeration) opaqueDataType).value();
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.OPAQUE_OBJECT;
  }

  @Override
  public String toString() {
    return String.format(
        "OpaqueObject[0x%08X, <%d bytes>]", opaqueDataTypeCode(), opaqueDataValue.length);
  }
}
