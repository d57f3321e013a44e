package dev.arca.kmip.attribute;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipAny;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * KMIP 2.1 §5.1 Table 157 Attributes: any number of attributes, each an item under the attribute's
 * own tag, or an {@link Attribute} structure for a vendor attribute (§4.60).
 *
 * <p>Common Attributes, Private Key Attributes, Public Key Attributes (§5.2–5.4), Current Attribute
 * and New Attribute (§5.6, §5.7) have the same layout; payloads bind this record under those tags.
 * The items are kept as they came, in order, so that a value this version of Arca does not model
 * still travels unchanged.
 */
@KmipStructure(Tag.ATTRIBUTES)
public record Attributes(@KmipAny List<Ttlv> items) {

  private static final Attributes EMPTY = new Attributes(List.of());

  /** The record that models the value of each attribute whose value is a structure. */
  private static final Map<Tag, Class<? extends Record>> STRUCTURES = new EnumMap<>(Tag.class);

  static {
    STRUCTURES.put(Tag.NAME, Name.class);
    STRUCTURES.put(Tag.LINK, Link.class);
    STRUCTURES.put(Tag.DIGEST, Digest.class);
    STRUCTURES.put(Tag.USAGE_LIMITS, UsageLimits.class);
    STRUCTURES.put(Tag.REVOCATION_REASON, RevocationReason.class);
    STRUCTURES.put(Tag.APPLICATION_SPECIFIC_INFORMATION, ApplicationSpecificInformation.class);
    STRUCTURES.put(Tag.ALTERNATIVE_NAME, AlternativeName.class);
    STRUCTURES.put(Tag.KEY_VALUE_LOCATION, KeyValueLocation.class);
    STRUCTURES.put(Tag.X_509_CERTIFICATE_IDENTIFIER, X509CertificateIdentifier.class);
    STRUCTURES.put(Tag.X_509_CERTIFICATE_SUBJECT, X509CertificateSubject.class);
    STRUCTURES.put(Tag.X_509_CERTIFICATE_ISSUER, X509CertificateIssuer.class);
    STRUCTURES.put(Tag.CERTIFICATE_IDENTIFIER, CertificateIdentifier.class);
    STRUCTURES.put(Tag.CERTIFICATE_SUBJECT, CertificateSubject.class);
    STRUCTURES.put(Tag.CERTIFICATE_ISSUER, CertificateIssuer.class);
    STRUCTURES.put(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, CryptographicDomainParameters.class);
    STRUCTURES.put(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters.class);
    // KMIP 1.4 §3.44, 2.1 §4.46: the attribute's value is an RNG Parameters structure.
    STRUCTURES.put(Tag.RANDOM_NUMBER_GENERATOR, RngParameters.class);
    STRUCTURES.put(Tag.ROTATE_NAME, RotateName.class);
  }

  public Attributes {
    items = List.copyOf(items);
    for (Ttlv item : items) {
      if (!isAttributeItem(item.tag())) {
        throw new IllegalArgumentException(item.tagName() + " is not an attribute");
      }
    }
  }

  /** True for the tag of an attribute or of a vendor Attribute structure. */
  static boolean isAttributeItem(int tag) {
    if (tag == Tag.ATTRIBUTE.code()) {
      return true;
    }
    Optional<Tag> t = Tag.fromCode(tag);
    return t.isPresent() && KmipEnums.isAttribute(t.get());
  }

  /**
   * The record that models the value of the attribute {@code tag}; empty for attributes whose value
   * is a single item (Text String, Enumeration, Date-Time, …).
   */
  public static Optional<Class<? extends Record>> structureOf(Tag tag) {
    return Optional.ofNullable(STRUCTURES.get(tag));
  }

  /**
   * The value of an attribute item as its record, for attributes whose value is a structure; the
   * item's tag names the attribute. Empty for other attributes and vendor attributes.
   *
   * @throws KmipException when the structure does not have the attribute's layout
   */
  public static Optional<Record> decodeStructure(Ttlv item) throws KmipException {
    Optional<Tag> tag = Tag.fromCode(item.tag());
    if (tag.isEmpty() || !STRUCTURES.containsKey(tag.get())) {
      return Optional.empty();
    }
    return Optional.of(TtlvBinder.decode(STRUCTURES.get(tag.get()), item));
  }

  public static Attributes empty() {
    return EMPTY;
  }

  public static Attributes of(Ttlv... items) {
    return new Attributes(List.of(items));
  }

  public static Attributes of(List<? extends Ttlv> items) {
    return new Attributes(List.copyOf(items));
  }

  /** An attribute item whose value is a structure: {@code item(Tag.NAME, Name.of("k1"))}. */
  public static Ttlv item(Tag tag, Record value) {
    return TtlvBinder.encode(tag, value);
  }

  /** A copy with {@code item} appended. */
  public Attributes with(Ttlv item) {
    List<Ttlv> out = new ArrayList<>(items);
    out.add(item);
    return new Attributes(out);
  }

  /** A copy with the items of {@code other} appended. */
  public Attributes withAll(Attributes other) {
    List<Ttlv> out = new ArrayList<>(items);
    out.addAll(other.items);
    return new Attributes(out);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public int size() {
    return items.size();
  }

  /** The first item with this tag. */
  public Optional<Ttlv> first(Tag tag) {
    for (Ttlv item : items) {
      if (item.tag() == tag.code()) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** Every item with this tag, in order. */
  public List<Ttlv> all(Tag tag) {
    List<Ttlv> out = new ArrayList<>();
    for (Ttlv item : items) {
      if (item.tag() == tag.code()) {
        out.add(item);
      }
    }
    return out;
  }

  /** The first item with this tag, decoded as a structure. */
  public <R extends Record> Optional<R> first(Tag tag, Class<R> type) throws KmipException {
    Optional<Ttlv> item = first(tag);
    return item.isEmpty() ? Optional.empty() : Optional.of(TtlvBinder.decode(type, item.get()));
  }

  /** Every item with this tag, decoded as structures. */
  public <R extends Record> List<R> all(Tag tag, Class<R> type) throws KmipException {
    List<R> out = new ArrayList<>();
    for (Ttlv item : all(tag)) {
      out.add(TtlvBinder.decode(type, item));
    }
    return out;
  }

  /** The vendor attributes (KMIP 2.1 §4.60), in order. */
  public List<Attribute> vendorAttributes() throws KmipException {
    return all(Tag.ATTRIBUTE, Attribute.class);
  }

  /** The only item: the form of New Attribute and Current Attribute. */
  public Ttlv single() throws KmipException {
    if (items.size() != 1) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "expected one attribute, found " + items.size());
    }
    return items.get(0);
  }

  public Optional<ObjectType> objectType() throws KmipException {
    OptionalInt code = enumeration(Tag.OBJECT_TYPE);
    return code.isEmpty() ? Optional.empty() : Optional.of(ObjectType.fromCode(code.getAsInt()));
  }

  public Optional<CryptographicAlgorithm> cryptographicAlgorithm() throws KmipException {
    OptionalInt code = enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM);
    return code.isEmpty()
        ? Optional.empty()
        : Optional.of(CryptographicAlgorithm.fromCode(code.getAsInt()));
  }

  public OptionalInt cryptographicLength() throws KmipException {
    return integer(Tag.CRYPTOGRAPHIC_LENGTH);
  }

  public OptionalInt cryptographicUsageMask() throws KmipException {
    return integer(Tag.CRYPTOGRAPHIC_USAGE_MASK);
  }

  public List<Name> names() throws KmipException {
    return all(Tag.NAME, Name.class);
  }

  /** The code of the first Enumeration item with this tag. */
  public OptionalInt enumeration(Tag tag) throws KmipException {
    Optional<Ttlv> item = first(tag);
    if (item.isEmpty()) {
      return OptionalInt.empty();
    }
    if (item.get() instanceof TtlvEnumeration e) {
      return OptionalInt.of(e.value());
    }
    throw wrongType(item.get(), "Enumeration");
  }

  /** The value of the first Integer item with this tag. */
  public OptionalInt integer(Tag tag) throws KmipException {
    Optional<Ttlv> item = first(tag);
    if (item.isEmpty()) {
      return OptionalInt.empty();
    }
    if (item.get() instanceof TtlvInteger i) {
      return OptionalInt.of(i.value());
    }
    throw wrongType(item.get(), "Integer");
  }

  private static KmipException wrongType(Ttlv item, String expected) {
    return new KmipException(
        ResultReason.INVALID_MESSAGE,
        item.tagName() + " must be " + expected + ", not " + item.type().encodingName());
  }
}
