package dev.arca.cli;

import dev.arca.client.ArcaAttributes;
import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A key's attributes as the {@code arca key} commands print them. These field names are the command
 * line's contract with scripts ({@code --json}); add fields, never rename them.
 *
 * <p>Summary fields: {@code id}, {@code name}, {@code version} (of a versioned key), {@code
 * objectType}, {@code algorithm}, {@code length}, {@code state}. Details add {@code usage}, {@code
 * created}, {@code activationDate}, {@code deactivationDate} and {@code attributes}: every
 * attribute by its KMIP name ({@code "Cryptographic Algorithm"}, custom ones as {@code x-…} and
 * {@code y-…}). Values are the specification's names ({@code "Pre-Active"}, {@code "Symmetric
 * Key"}), dates are ISO 8601 in UTC, bytes are hex.
 */
final class KeyViews {

  /** The columns of a key list. */
  static final List<Output.Column> COLUMNS =
      List.of(
          new Output.Column("ID", "id"),
          new Output.Column("NAME", "name"),
          new Output.Column("VERSION", "version"),
          new Output.Column("TYPE", "objectType"),
          new Output.Column("ALGORITHM", "algorithm"),
          new Output.Column("LENGTH", "length"),
          new Output.Column("STATE", "state"));

  /** The human labels of {@link #details}. */
  static final Map<String, String> DETAIL_LABELS = labels();

  private KeyViews() {}

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", "ID");
    m.put("name", "Name");
    m.put("version", "Version");
    m.put("objectType", "Type");
    m.put("algorithm", "Algorithm");
    m.put("length", "Length");
    m.put("state", "State");
    m.put("usage", "Usage");
    m.put("created", "Created");
    m.put("activationDate", "Activation date");
    m.put("deactivationDate", "Deactivation date");
    return m;
  }

  /** The summary fields of one object. */
  static Map<String, Object> summary(String id, Attributes a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name(a).orElse(null));
    OptionalInt version = ArcaAttributes.version(a);
    row.put("version", version.isPresent() ? version.getAsInt() : null);
    row.put("objectType", single(a, Tag.OBJECT_TYPE));
    row.put("algorithm", single(a, Tag.CRYPTOGRAPHIC_ALGORITHM));
    row.put("length", single(a, Tag.CRYPTOGRAPHIC_LENGTH));
    row.put("state", single(a, Tag.STATE));
    return row;
  }

  /** The summary, the usage and dates, and every attribute. */
  static Map<String, Object> details(String id, Attributes a) {
    Map<String, Object> row = summary(id, a);
    Object usage = single(a, Tag.CRYPTOGRAPHIC_USAGE_MASK);
    row.put("usage", usage == null ? List.of() : usage);
    row.put("created", single(a, Tag.INITIAL_DATE));
    row.put("activationDate", single(a, Tag.ACTIVATION_DATE));
    row.put("deactivationDate", single(a, Tag.DEACTIVATION_DATE));
    row.put("attributes", attributes(a));
    return row;
  }

  /** The first Name. */
  static Optional<String> name(Attributes a) {
    try {
      List<Name> names = a.names();
      return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0).nameValue());
    } catch (KmipException e) {
      return Optional.empty();
    }
  }

  /** Every attribute by its KMIP 1.x name, in order; several instances make a list. */
  static Map<String, Object> attributes(Attributes a) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Ttlv item : a.items()) {
      String name;
      Object value;
      if (item.tag() == Tag.ATTRIBUTE.code()) {
        try {
          Attribute vendor = TtlvBinder.decode(Attribute.class, item);
          name = vendorName(item, vendor);
          value = vendor.attributeValue().map(KeyViews::value).orElse(null);
        } catch (KmipException e) {
          continue;
        }
      } else {
        name = Tag.fromCode(item.tag()).map(Tag::specName).orElse(item.tagName());
        value = value(item);
      }
      Object before = out.get(name);
      if (before == null) {
        out.put(name, value);
      } else if (before instanceof MultipleValues) {
        ((MultipleValues) before).add(value);
      } else {
        MultipleValues list = new MultipleValues();
        list.add(before);
        list.add(value);
        out.put(name, list);
      }
    }
    return out;
  }

  /** Several instances of one attribute. */
  private static final class MultipleValues extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }

  private static String vendorName(Ttlv item, Attribute vendor) {
    try {
      return AttributeConversion.v1Name(item);
    } catch (KmipException e) {
      return vendor.vendorIdentification().orElse("?") + ":" + vendor.attributeName();
    }
  }

  private static Object single(Attributes a, Tag tag) {
    return a.first(tag).map(KeyViews::value).orElse(null);
  }

  /**
   * An item as a JSON-ready value: text, number, boolean, a list of mask bit names, a map for a
   * structure (field name to value).
   */
  static Object value(Ttlv item) {
    if (item instanceof TtlvTextString) {
      return ((TtlvTextString) item).value();
    }
    if (item instanceof TtlvEnumeration) {
      int code = ((TtlvEnumeration) item).value();
      return enumName(item.tag(), code).orElse(String.format("0x%08X", code));
    }
    if (item instanceof TtlvInteger) {
      int v = ((TtlvInteger) item).value();
      Optional<Class<? extends KmipEnum>> mask = KmipEnums.maskOf(item.tag());
      return mask.isPresent() ? maskNames(mask.get(), v) : (Object) v;
    }
    if (item instanceof TtlvLongInteger) {
      return ((TtlvLongInteger) item).value();
    }
    if (item instanceof TtlvBigInteger) {
      return ((TtlvBigInteger) item).value().toString();
    }
    if (item instanceof TtlvBoolean) {
      return ((TtlvBoolean) item).value();
    }
    if (item instanceof TtlvDateTime) {
      return ((TtlvDateTime) item).instant().toString();
    }
    if (item instanceof TtlvDateTimeExtended) {
      return ((TtlvDateTimeExtended) item).instant().toString();
    }
    if (item instanceof TtlvInterval) {
      return ((TtlvInterval) item).seconds();
    }
    if (item instanceof TtlvByteString) {
      return HexFormat.of().formatHex(((TtlvByteString) item).value());
    }
    if (item instanceof TtlvStructure) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Ttlv child : ((TtlvStructure) item).children()) {
        fields.put(
            Tag.fromCode(child.tag()).map(Tag::specName).orElse(child.tagName()), value(child));
      }
      return fields;
    }
    return item.toString();
  }

  private static Optional<String> enumName(int tag, int code) {
    Optional<Class<? extends KmipEnum>> type = KmipEnums.enumerationOf(tag);
    if (type.isPresent()) {
      for (KmipEnum e : type.get().getEnumConstants()) {
        if (e.code() == code) {
          return Optional.of(e.specName());
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> maskNames(Class<? extends KmipEnum> type, int bits) {
    List<String> names = new ArrayList<>();
    for (KmipEnum e : type.getEnumConstants()) {
      if (e.code() != 0 && (bits & e.code()) == e.code()) {
        names.add(e.specName());
      }
    }
    return names;
  }
}
