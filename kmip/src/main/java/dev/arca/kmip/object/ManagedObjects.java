package dev.arca.kmip.object;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Managed Object of each Object Type: its record and the tag it is written with. Register, Get,
 * Export and Import carry "Any Object" (KMIP 2.1 §6.1.43 Table 291, §6.1.19 Table 221; KMIP 1.4
 * §4.3 Table 169, §4.11 Table 195) next to an Object Type that says which one it is.
 */
public final class ManagedObjects {

  private record Entry(Tag tag, Class<? extends ManagedObject> type) {}

  private static final Map<ObjectType, Entry> BY_TYPE = new EnumMap<>(ObjectType.class);
  private static final Map<Integer, ObjectType> BY_TAG = new HashMap<>();

  static {
    register(ObjectType.CERTIFICATE, Tag.CERTIFICATE, Certificate.class);
    register(ObjectType.SYMMETRIC_KEY, Tag.SYMMETRIC_KEY, SymmetricKey.class);
    register(ObjectType.PUBLIC_KEY, Tag.PUBLIC_KEY, PublicKey.class);
    register(ObjectType.PRIVATE_KEY, Tag.PRIVATE_KEY, PrivateKey.class);
    register(ObjectType.SPLIT_KEY, Tag.SPLIT_KEY, SplitKey.class);
    register(ObjectType.TEMPLATE, Tag.TEMPLATE, Template.class);
    register(ObjectType.SECRET_DATA, Tag.SECRET_DATA, SecretData.class);
    register(ObjectType.OPAQUE_OBJECT, Tag.OPAQUE_OBJECT, OpaqueObject.class);
    register(ObjectType.PGP_KEY, Tag.PGP_KEY, PgpKey.class);
    register(ObjectType.CERTIFICATE_REQUEST, Tag.CERTIFICATE_REQUEST, CertificateRequest.class);
  }

  private static void register(ObjectType type, Tag tag, Class<? extends ManagedObject> record) {
    BY_TYPE.put(type, new Entry(tag, record));
    if (BY_TAG.put(tag.code(), type) != null) {
      throw new ExceptionInInitializerError("two object types share the tag " + tag);
    }
  }

  private ManagedObjects() {}

  /** The tag the object of this type is written with. */
  public static Tag tag(ObjectType type) {
    return BY_TYPE.get(type).tag();
  }

  /** The record that models the object of this type. */
  public static Class<? extends ManagedObject> recordType(ObjectType type) {
    return BY_TYPE.get(type).type();
  }

  /** The Object Type whose object is written with this tag; empty for any other tag. */
  public static Optional<ObjectType> objectType(int tag) {
    return Optional.ofNullable(BY_TAG.get(tag));
  }

  /**
   * Decodes the object next to an Object Type.
   *
   * @throws KmipException Invalid Message when the item's tag is not the one of {@code type}, or
   *     the structure does not have the object's layout
   */
  public static ManagedObject decode(ObjectType type, Ttlv item) throws KmipException {
    Entry e = BY_TYPE.get(type);
    if (item.tag() != e.tag().code()) {
      throw new KmipException(
          ResultReason.INVALID_MESSAGE,
          "Object Type " + type.specName() + " does not match the object " + item.tagName());
    }
    return e.type().cast(TtlvBinder.decode(e.type().asSubclass(Record.class), item));
  }

  /** Decodes an object of a known type, e.g. the Symmetric Key of a Register request. */
  public static <T extends ManagedObject> T decode(Class<T> type, Ttlv item) throws KmipException {
    return type.cast(TtlvBinder.decode(type.asSubclass(Record.class), item));
  }

  /** Encodes an object with its tag. */
  public static TtlvStructure encode(ManagedObject object) {
    return TtlvBinder.encode((Record) object);
  }
}
