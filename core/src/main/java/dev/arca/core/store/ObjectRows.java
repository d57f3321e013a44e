package dev.arca.core.store;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link ManagedObject} maps to rows: the columns derived from its attributes for indexing,
 * and the decoding of a row back into the object.
 *
 * <p>The attributes blob is the whole truth; the indexed columns, the names and the custom text
 * rows are copies made on every write, so that Locate runs in SQL.
 */
final class ObjectRows {

  /** Columns that {@link #read} expects, in order, from {@link #FROM}. */
  static final String COLUMNS =
      "o.id, o.object_type, o.owner, o.key_name, o.key_version, o.material_state, o.revision,"
          + " o.attributes, o.material_format, o.material, a.material_format, a.material";

  static final int COLUMN_COUNT = 12;

  static final String FROM = "objects o LEFT JOIN archive a ON a.object_seq = o.seq";

  // Codes of the material_state column; part of the on-disk format.
  static final int ONLINE = 1;
  static final int ARCHIVED = 2;
  static final int DESTROYED = 3;

  private static final TtlvEncoder ENCODER = new TtlvEncoder();

  /** Attributes were checked when written; the limits only guard against a damaged file. */
  private static final TtlvDecoder DECODER = new TtlvDecoder(new DecodeLimits(256 << 20, 64));

  private ObjectRows() {}

  /** The values of the indexed columns and side tables of one object. */
  record Indexed(
      int state,
      Long activationDate,
      Long deactivationDate,
      String primaryName,
      Integer algorithm,
      Integer length,
      Long initialDate,
      Long lastChangeDate,
      List<String> names,
      List<CustomText> customText) {}

  /** One text value of a custom attribute. */
  record CustomText(String name, int position, String value) {}

  static Indexed index(AttributeSet a) {
    List<String> names = new ArrayList<>();
    for (Ttlv v : a.all(Tag.NAME)) {
      if (v instanceof TtlvStructure s) {
        s.child(Tag.NAME_VALUE)
            .filter(TtlvTextString.class::isInstance)
            .ifPresent(t -> names.add(((TtlvTextString) t).value()));
      }
    }
    List<CustomText> custom = new ArrayList<>();
    for (Map.Entry<AttributeKey, List<Ttlv>> e : a.asMap().entrySet()) {
      if (!e.getKey().isCustom()) {
        continue;
      }
      List<Ttlv> values = e.getValue();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) instanceof TtlvTextString t) {
          custom.add(new CustomText(e.getKey().v1Name(), i, t.value()));
        }
      }
    }
    return new Indexed(
        enumCode(a, Tag.STATE).orElse(State.PRE_ACTIVE.code()),
        date(a, Tag.ACTIVATION_DATE),
        date(a, Tag.DEACTIVATION_DATE),
        names.isEmpty() ? null : names.get(0),
        enumCode(a, Tag.CRYPTOGRAPHIC_ALGORITHM).orElse(null),
        a.first(Tag.CRYPTOGRAPHIC_LENGTH)
            .filter(TtlvInteger.class::isInstance)
            .map(v -> ((TtlvInteger) v).value())
            .orElse(null),
        date(a, Tag.INITIAL_DATE),
        date(a, Tag.LAST_CHANGE_DATE),
        List.copyOf(names),
        List.copyOf(custom));
  }

  private static Optional<Integer> enumCode(AttributeSet a, Tag tag) {
    return a.first(tag)
        .filter(TtlvEnumeration.class::isInstance)
        .map(v -> ((TtlvEnumeration) v).value());
  }

  private static Long date(AttributeSet a, Tag tag) {
    return a.first(tag)
        .filter(TtlvDateTime.class::isInstance)
        .map(v -> ((TtlvDateTime) v).epochSeconds())
        .orElse(null);
  }

  /** The attributes as stored: binary TTLV of a KMIP 2.x Attributes structure. */
  static byte[] encodeAttributes(AttributeSet a) {
    return ENCODER.encode(Ttlv.structure(Tag.ATTRIBUTES, a.items()));
  }

  static AttributeSet decodeAttributes(byte[] blob, String id) {
    try {
      Ttlv item = DECODER.decode(blob);
      if (!(item instanceof TtlvStructure) || item.tag() != Tag.ATTRIBUTES.code()) {
        throw new StoreException("stored attributes of object " + id + " are not a structure");
      }
      return AttributeSet.fromItems(((TtlvStructure) item).children());
    } catch (KmipException e) {
      throw new StoreException(
          "stored attributes of object " + id + " cannot be read: " + e.getMessage(), e);
    }
  }

  static int materialStateCode(MaterialState s) {
    switch (s) {
      case ONLINE:
        return ONLINE;
      case ARCHIVED:
        return ARCHIVED;
      case DESTROYED:
        return DESTROYED;
      default:
        throw new IllegalArgumentException("no code for " + s);
    }
  }

  private static MaterialState materialState(int code, String id) {
    switch (code) {
      case ONLINE:
        return MaterialState.ONLINE;
      case ARCHIVED:
        return MaterialState.ARCHIVED;
      case DESTROYED:
        return MaterialState.DESTROYED;
      default:
        throw new StoreException("object " + id + " has unknown material state " + code);
    }
  }

  /** Reads an object from the {@link #COLUMNS} starting at column {@code first}. */
  static ManagedObject read(ResultSet rs, int first) throws SQLException {
    String id = rs.getString(first);
    int typeCode = rs.getInt(first + 1);
    ObjectType type =
        ObjectType.find(typeCode)
            .orElseThrow(
                () -> new StoreException("object " + id + " has unknown object type " + typeCode));
    Optional<String> owner = Optional.ofNullable(rs.getString(first + 2));
    Optional<String> keyName = Optional.ofNullable(rs.getString(first + 3));
    int keyVersion = rs.getInt(first + 4);
    MaterialState materialState = materialState(rs.getInt(first + 5), id);
    long revision = rs.getLong(first + 6);
    AttributeSet attributes = decodeAttributes(rs.getBytes(first + 7), id);
    Optional<SealedMaterial> material =
        material(rs, materialState == MaterialState.ARCHIVED ? first + 10 : first + 8, id);
    try {
      return new ManagedObject(
          id, type, attributes, owner, keyName, keyVersion, materialState, material, revision);
    } catch (IllegalArgumentException e) {
      throw new StoreException("object " + id + " is damaged: " + e.getMessage(), e);
    }
  }

  private static Optional<SealedMaterial> material(ResultSet rs, int column, String id)
      throws SQLException {
    byte[] envelope = rs.getBytes(column + 1);
    if (envelope == null) {
      return Optional.empty();
    }
    int formatCode = rs.getInt(column);
    KeyFormatType format =
        KeyFormatType.find(formatCode)
            .orElseThrow(
                () ->
                    new StoreException(
                        "object " + id + " has material of unknown format " + formatCode));
    return Optional.of(new SealedMaterial(format, envelope));
  }
}
