package dev.arca.core.key;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AlternativeName;
import dev.arca.kmip.attribute.ApplicationSpecificInformation;
import dev.arca.kmip.attribute.CertificateIdentifier;
import dev.arca.kmip.attribute.CertificateIssuer;
import dev.arca.kmip.attribute.CertificateSubject;
import dev.arca.kmip.attribute.CryptographicDomainParameters;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.Digest;
import dev.arca.kmip.attribute.KeyValueLocation;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.RngParameters;
import dev.arca.kmip.attribute.RotateName;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.attribute.X509CertificateIdentifier;
import dev.arca.kmip.attribute.X509CertificateIssuer;
import dev.arca.kmip.attribute.X509CertificateSubject;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attribute rules of KMIP 1.0 to 2.1, in one table: for every attribute, who may set, change
 * and delete it, how many values it may have, which objects it applies to and whether every object
 * must have it.
 *
 * <p>The rows are the per-attribute "Attribute Rules" tables of KMIP 1.4 §3 (Table 54 explains
 * them) and KMIP 2.1 §4 (Table 27). Where the versions differ, the row follows KMIP 2.1, which
 * widened "Applies to Object Types" to All Objects for most attributes; attributes that KMIP 2.0
 * removed keep their 1.x row and a {@link Rule#removedIn}. One column is Arca's reading rather than
 * the spec's: "client may set at creation". The spec marks Cryptographic Algorithm, Cryptographic
 * Length, Certificate Length, Digital Signature Algorithm and Key Format Type "Initially set by:
 * Server", yet Create and Register take them from the client's attributes (KMIP 2.1 §6.1.8, Table
 * 293); the server checks them against the key material and stores them. Every other attribute set
 * only by the server is read-only to clients from the start.
 *
 * <p>Custom attributes have no row: their rules come from who owns the name (KMIP 1.4 §3.39, KMIP
 * 2.1 §4.60). {@code x-…} (vendor {@code x}) and any other vendor's 2.x attributes belong to
 * clients, which may set, change and delete them; {@code y-…} (vendor {@code y}) and vendor {@value
 * #SERVER_VENDOR} belong to the server and are read-only to clients. See {@link #rule}.
 *
 * <p>The table's text columns, in order:
 *
 * <ol>
 *   <li>the attribute's name as the specification prints it (and its tag of the same name);
 *   <li>the encoding of a value: text, int, long, enum, bool, date, interval, bytes, struct, or uid
 *       (a Unique Identifier: a Text String once stored);
 *   <li>"Applies to Object Types": all, asym (public and private keys), cert, cert+pgp, opaque;
 *   <li>"Multiple instances permitted": 1 or n;
 *   <li>"Initially set by": server, client or both;
 *   <li>whether the client may supply it to Create, Create Key Pair, Register, Re-key: yes or no;
 *   <li>"Modifiable by client": never, always, pre-active, pre-active+active, until-reached (in
 *       Pre-Active or Active and before the date itself), until-allocated (before the first Get
 *       Usage Allocation);
 *   <li>"Deletable by client": never, always, until-allocated;
 *   <li>"Modifiable by server": yes or no;
 *   <li>"SHALL always have a value": no, yes, or yes!types for "yes, except for" those types;
 *   <li>the versions that define it: {@code 1.2} (from 1.2 on) or {@code 1.0-1.4} (removed in 2.0).
 * </ol>
 */
public final class AttributeRules {

  /**
   * The vendor identification of Arca's own vendor attributes; like {@code y}, they are set by the
   * server only.
   */
  public static final String SERVER_VENDOR = "arca";

  /** The vendor identification of client-defined custom attributes ({@code x-…}). */
  public static final String CLIENT_CUSTOM_VENDOR = "x";

  /** The vendor identification of server-defined custom attributes ({@code y-…}). */
  public static final String SERVER_CUSTOM_VENDOR = "y";

  /** KMIP 2.1 Table 150: a Vendor Identification is limited to [A-Za-z0-9_.]. */
  private static final Pattern VENDOR_ID = Pattern.compile("[A-Za-z0-9_.]+");

  /** The encoding of an attribute's value. */
  public enum Encoding {
    TEXT(ItemType.TEXT_STRING),
    INTEGER(ItemType.INTEGER),
    LONG_INTEGER(ItemType.LONG_INTEGER),
    ENUMERATION(ItemType.ENUMERATION),
    BOOLEAN(ItemType.BOOLEAN),
    DATE_TIME(ItemType.DATE_TIME),
    INTERVAL(ItemType.INTERVAL),
    BYTE_STRING(ItemType.BYTE_STRING),
    STRUCTURE(ItemType.STRUCTURE),
    /** A Unique Identifier, stored as a Text String. */
    IDENTIFIER(ItemType.TEXT_STRING),
    /** Any item type: custom attributes. */
    ANY(null);

    private final ItemType itemType;

    Encoding(ItemType itemType) {
      this.itemType = itemType;
    }

    /** The item type a value must have; empty for {@link #ANY}. */
    public Optional<ItemType> itemType() {
      return Optional.ofNullable(itemType);
    }
  }

  /** KMIP "Initially set by". */
  public enum InitialSetter {
    SERVER,
    CLIENT,
    SERVER_OR_CLIENT;

    public boolean client() {
      return this != SERVER;
    }
  }

  /** When a client may change ("Modifiable by client") or delete an existing value. */
  public enum ClientChange {
    NEVER,
    ALWAYS,
    /** Activation Date: only while the object is Pre-Active. */
    WHILE_PRE_ACTIVE,
    /** Deactivation Date: only while the object is Pre-Active or Active. */
    WHILE_PRE_ACTIVE_OR_ACTIVE,
    /**
     * Process Start Date, Protect Stop Date: only while Pre-Active or Active and as long as the
     * date itself has not been reached.
     */
    UNTIL_DATE_REACHED,
    /** Usage Limits: as long as Get Usage Allocation has not been performed. */
    UNTIL_ALLOCATED
  }

  /**
   * One row of the table.
   *
   * @param key the attribute
   * @param encoding the encoding of its values
   * @param appliesTo the object types that may have it
   * @param multiValued whether an object may have several values
   * @param initiallySetBy who may set the first value
   * @param clientSetsAtCreation whether a client may supply it when an object is created,
   *     registered or re-keyed
   * @param clientModify when a client may change an existing value
   * @param clientDelete when a client may delete a value
   * @param serverModifies whether the server changes it without a client asking
   * @param requiredFor the object types that always have a value of it, once created and until
   *     destroyed
   * @param since the first version that defines it
   * @param removedIn the version that no longer defines it, if any
   */
  public record Rule(
      AttributeKey key,
      Encoding encoding,
      Set<ObjectType> appliesTo,
      boolean multiValued,
      InitialSetter initiallySetBy,
      boolean clientSetsAtCreation,
      ClientChange clientModify,
      ClientChange clientDelete,
      boolean serverModifies,
      Set<ObjectType> requiredFor,
      KmipVersion since,
      Optional<KmipVersion> removedIn) {

    public Rule {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(encoding, "encoding");
      appliesTo = Collections.unmodifiableSet(EnumSet.copyOf(appliesTo));
      requiredFor =
          requiredFor.isEmpty()
              ? Set.of()
              : Collections.unmodifiableSet(EnumSet.copyOf(requiredFor));
      Objects.requireNonNull(initiallySetBy, "initiallySetBy");
      Objects.requireNonNull(clientModify, "clientModify");
      Objects.requireNonNull(clientDelete, "clientDelete");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(removedIn, "removedIn");
    }

    /** The name KMIP 1.x uses. */
    public String name() {
      return key.v1Name();
    }

    /** The tag of a standard attribute; empty for a custom one. */
    public Optional<Tag> tag() {
      return key.tag();
    }

    /**
     * Whether a client can never set, change or delete it: the server alone writes it (KMIP's
     * "read-only" attributes, and server-defined custom attributes).
     */
    public boolean readOnlyToClients() {
      return !clientSetsAtCreation
          && !initiallySetBy.client()
          && clientModify == ClientChange.NEVER
          && clientDelete == ClientChange.NEVER;
    }

    /** Whether a client may add a first value with Add Attribute or Set Attribute. */
    public boolean clientMayAdd() {
      return initiallySetBy.client();
    }

    /** Whether the attribute applies to objects of {@code type}. */
    public boolean appliesTo(ObjectType type) {
      return appliesTo.contains(type);
    }

    /** Whether every object of {@code type} always has a value. */
    public boolean requiredFor(ObjectType type) {
      return requiredFor.contains(type);
    }

    /** Whether {@code version} defines the attribute. */
    public boolean definedIn(KmipVersion version) {
      return version.atLeast(since) && removedIn.map(r -> !version.atLeast(r)).orElse(true);
    }
  }

  // The table. Column meanings are in the class comment; rows follow KMIP 2.1 §4 alphabetically
  // where 2.1 defines the attribute, then the attributes KMIP 2.0 removed.
  private static final List<String> TABLE =
      List.of(
          // Columns: name | type | applies to | instances | set by | client at creation |
          // client modifies | client deletes | server modifies | always present | versions.
          "Activation Date                  |date    |all     |1|both  |yes|pre-active        |never          |yes|no         |1.0",
          "Alternative Name                 |struct  |all     |n|client|yes|always            |always         |yes|no         |1.2",
          "Always Sensitive                 |bool    |all     |1|server|no |never             |never          |yes|yes        |1.4",
          "Application Specific Information |struct  |all     |n|both  |yes|always            |always         |yes|no         |1.0",
          "Archive Date                     |date    |all     |1|server|no |never             |never          |no |no         |1.0",
          "Certificate Type                 |enum    |cert    |1|server|no |never             |never          |no |yes        |1.0",
          "Certificate Length               |int     |cert    |1|server|yes|never             |never          |no |yes        |1.1",
          "Comment                          |text    |all     |1|both  |yes|always            |always         |yes|no         |1.4",
          "Compromise Date                  |date    |all     |1|server|no |never             |never          |no |no         |1.0",
          "Compromise Occurrence Date       |date    |all     |1|server|no |never             |never          |no |no         |1.0",
          "Contact Information              |text    |all     |1|both  |yes|always            |always         |yes|no         |1.0",
          "Cryptographic Algorithm          |enum    |all     |1|server|yes|never             |never          |no |yes!secret,opaque|1.0",
          "Cryptographic Domain Parameters  |struct  |asym    |1|client|yes|never             |never          |no |no         |1.0",
          "Cryptographic Length             |int     |all     |1|server|yes|never             |never          |no |yes!opaque |1.0",
          "Cryptographic Parameters         |struct  |all     |n|client|yes|always            |always         |no |no         |1.0",
          "Cryptographic Usage Mask         |int     |all     |1|both  |yes|never             |never          |yes|yes!opaque |1.0",
          "Deactivation Date                |date    |all     |1|both  |yes|pre-active+active |never          |yes|no         |1.0",
          "Description                      |text    |all     |1|both  |yes|always            |always         |yes|no         |1.4",
          "Destroy Date                     |date    |all     |1|server|no |never             |never          |no |no         |1.0",
          "Digest                           |struct  |all     |n|server|no |never             |never          |no |yes        |1.0",
          "Digital Signature Algorithm      |enum    |cert+pgp|1|server|yes|never             |never          |no |yes        |1.1",
          "Extractable                      |bool    |all     |1|both  |yes|always            |never          |yes|yes        |1.4",
          "Fresh                            |bool    |all     |1|both  |yes|never             |never          |yes|yes        |1.1",
          "Initial Date                     |date    |all     |1|server|no |never             |never          |no |yes        |1.0",
          "Key Format Type                  |enum    |all     |1|server|yes|never             |never          |no |yes        |2.0",
          "Key Value Location               |struct  |all     |n|client|yes|always            |always         |no |no         |1.2",
          "Key Value Present                |bool    |all     |1|server|no |never             |never          |no |no         |1.2",
          "Last Change Date                 |date    |all     |1|server|no |never             |never          |yes|yes        |1.0",
          "Lease Time                       |interval|all     |1|server|no |never             |never          |yes|no         |1.0",
          "Link                             |struct  |all     |n|both  |yes|always            |always         |yes|no         |1.0",
          "Name                             |struct  |all     |n|client|yes|always            |always         |yes|no         |1.0",
          "Never Extractable                |bool    |all     |1|server|no |never             |never          |yes|yes        |1.4",
          "NIST Key Type                    |enum    |all     |n|client|yes|never             |never          |no |no         |2.0",
          "Object Group                     |text    |all     |n|both  |yes|always            |always         |yes|no         |1.0",
          "Object Type                      |enum    |all     |1|server|no |never             |never          |no |yes        |1.0",
          "Opaque Data Type                 |enum    |opaque  |1|server|no |never             |never          |no |yes        |2.0",
          "Original Creation Date           |date    |all     |1|both  |yes|never             |never          |no |no         |1.2",
          "PKCS#12 Friendly Name            |text    |all     |1|both  |yes|always            |always         |no |no         |1.4",
          "Process Start Date               |date    |all     |1|both  |yes|until-reached     |never          |yes|no         |1.0",
          "Protect Stop Date                |date    |all     |1|both  |yes|until-reached     |never          |yes|no         |1.0",
          "Protection Level                 |enum    |all     |1|client|yes|always            |always         |no |no         |2.0",
          "Protection Period                |interval|all     |1|client|yes|always            |always         |no |no         |2.0",
          "Protection Storage Mask          |int     |all     |1|server|no |never             |never          |no |yes        |2.0",
          "Quantum Safe                     |bool    |all     |1|client|yes|always            |always         |no |no         |2.0",
          "Random Number Generator          |struct  |all     |1|both  |yes|never             |never          |no |no         |1.3",
          "Revocation Reason                |struct  |all     |1|server|no |never             |never          |yes|no         |1.0",
          "Rotate Automatic                 |bool    |all     |1|both  |yes|never             |never          |yes|no         |2.1",
          "Rotate Date                      |date    |all     |1|server|no |never             |never          |no |no         |2.1",
          "Rotate Generation                |int     |all     |1|server|no |never             |never          |no |no         |2.1",
          "Rotate Interval                  |interval|all     |1|both  |yes|never             |never          |yes|no         |2.1",
          "Rotate Latest                    |bool    |all     |1|server|no |never             |never          |yes|no         |2.1",
          "Rotate Name                      |struct  |all     |1|client|yes|always            |always         |no |no         |2.1",
          "Rotate Offset                    |interval|all     |1|both  |yes|never             |never          |yes|no         |2.1",
          "Sensitive                        |bool    |all     |1|both  |yes|always            |never          |yes|yes        |1.4",
          "Short Unique Identifier          |bytes   |all     |1|server|no |never             |never          |no |yes        |2.0",
          "State                            |enum    |all     |1|server|no |never             |never          |yes|yes        |1.0",
          "Unique Identifier                |uid     |all     |1|server|no |never             |never          |no |yes        |1.0",
          "Usage Limits                     |struct  |all     |1|both  |yes|until-allocated   |until-allocated|yes|no         |1.0",
          "X.509 Certificate Identifier     |struct  |cert    |1|server|no |never             |never          |no |yes        |1.1",
          "X.509 Certificate Issuer         |struct  |cert    |1|server|no |never             |never          |no |yes        |1.1",
          "X.509 Certificate Subject        |struct  |cert    |1|server|no |never             |never          |no |yes        |1.1",
          // KMIP 2.1 §4.6 Certificate Attributes, one rule for all 24 (Table 40).
          "Certificate Subject CN           |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject O            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject OU           |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject Email        |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject C            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject ST           |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject L            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject UID          |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject Serial Number|text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject Title        |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject DC           |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Subject DN Qualifier |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer CN            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer O             |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer OU            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer Email         |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer C             |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer ST            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer L             |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer UID           |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer Serial Number |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer Title         |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer DC            |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          "Certificate Issuer DN Qualifier  |text    |cert    |n|server|no |never             |never          |no |no         |2.0",
          // Removed in KMIP 2.0 (1.4 §3.13-3.15, §3.18, §3.39). Operation Policy Name is still
          // accepted and kept, so that 1.x clients that send it (PyKMIP does) work unchanged.
          "Certificate Identifier           |struct  |cert    |1|server|no |never             |never          |no |yes        |1.0-1.4",
          "Certificate Issuer               |struct  |cert    |1|server|no |never             |never          |no |yes        |1.0-1.4",
          "Certificate Subject              |struct  |cert    |1|server|no |never             |never          |no |yes        |1.0-1.4",
          "Operation Policy Name            |text    |all     |1|both  |yes|never             |never          |yes|no         |1.0-1.4",
          "Custom Attribute                 |any     |all     |n|both  |yes|always            |always         |yes|no         |1.0-1.4");

  private static final Map<Tag, Rule> BY_TAG = parse(TABLE);

  private AttributeRules() {}

  /** Every standard attribute's rule, in tag order. */
  public static Collection<Rule> all() {
    return BY_TAG.values();
  }

  /** The rule of a standard attribute; empty when the tag is not an attribute. */
  public static Optional<Rule> forTag(Tag tag) {
    return Optional.ofNullable(BY_TAG.get(tag));
  }

  /**
   * The rule of any attribute, standard or custom.
   *
   * @throws KmipException Invalid Attribute when the tag is not an attribute of any version, or the
   *     vendor identification of a custom attribute is malformed
   */
  public static Rule rule(AttributeKey key) throws KmipException {
    if (key.tag().isPresent()) {
      Tag tag = key.tag().get();
      Rule r = BY_TAG.get(tag);
      if (r == null || tag == Tag.CUSTOM_ATTRIBUTE) {
        throw new KmipException(
            ResultReason.INVALID_ATTRIBUTE, tag.specName() + " is not an attribute");
      }
      return r;
    }
    if (!VENDOR_ID.matcher(key.vendor()).matches() || key.name().isBlank()) {
      throw new KmipException(
          ResultReason.INVALID_ATTRIBUTE,
          "a custom attribute needs a vendor identification of [A-Za-z0-9_.] and a name");
    }
    return isServerOwned(key) ? serverCustom(key) : clientCustom(key);
  }

  /**
   * Whether a custom attribute belongs to the server: {@code y-…} in KMIP 1.x, vendor {@code y} or
   * {@value #SERVER_VENDOR} in KMIP 2.x. Everything else a client may write.
   */
  public static boolean isServerOwned(AttributeKey key) {
    return key.isCustom()
        && (key.vendor().equals(SERVER_CUSTOM_VENDOR) || key.vendor().equals(SERVER_VENDOR));
  }

  private static Rule clientCustom(AttributeKey key) {
    return new Rule(
        key,
        Encoding.ANY,
        EnumSet.allOf(ObjectType.class),
        true,
        InitialSetter.CLIENT,
        true,
        ClientChange.ALWAYS,
        ClientChange.ALWAYS,
        false,
        Set.of(),
        KmipVersion.V1_0,
        Optional.empty());
  }

  private static Rule serverCustom(AttributeKey key) {
    return new Rule(
        key,
        Encoding.ANY,
        EnumSet.allOf(ObjectType.class),
        true,
        InitialSetter.SERVER,
        false,
        ClientChange.NEVER,
        ClientChange.NEVER,
        true,
        Set.of(),
        KmipVersion.V1_0,
        Optional.empty());
  }

  /**
   * Checks that {@code value} is a well-formed value of the attribute: the attribute's own tag (the
   * tag Attribute Value for a custom attribute, KMIP 2.1 Table 150), the item type of its encoding,
   * an enumeration value the specification defines or an extension value (0x8XXXXXXX), and a
   * structure with the fields the specification requires. A custom attribute's structure holds no
   * structures (KMIP 1.4 §3.39).
   *
   * @throws KmipException Invalid Field otherwise
   */
  public static void checkValue(Rule rule, Ttlv value) throws KmipException {
    checkType(rule, value);
    AttributeKey key = rule.key();
    if (value instanceof TtlvStructure s) {
      if (key.isCustom()) {
        for (Ttlv child : s.children()) {
          if (child instanceof TtlvStructure) {
            throw invalid(key, "is a structure and must not hold structures");
          }
        }
        return;
      }
      Class<? extends Record> shape = STRUCTURES.get(key.tag().get());
      if (shape != null) {
        try {
          TtlvBinder.decode(shape, s);
        } catch (KmipException | RuntimeException e) {
          throw invalid(key, "is malformed: " + e.getMessage());
        }
      }
      if (key.tag().get() == Tag.LINK) {
        Optional<Ttlv> id = s.child(Tag.LINKED_OBJECT_IDENTIFIER);
        if (id.isEmpty() || !(id.get() instanceof TtlvTextString)) {
          throw invalid(key, "must name the linked object by its Unique Identifier");
        }
      }
    }
  }

  /**
   * Checks the tag, the item type and an enumeration's value, but not a structure's fields: what a
   * Locate criterion needs, where a structure may give only some of its fields (KMIP 2.1 §6.1.28).
   *
   * @throws KmipException Invalid Field otherwise
   */
  public static void checkType(Rule rule, Ttlv value) throws KmipException {
    AttributeKey key = rule.key();
    int expectedTag = key.tag().map(Tag::code).orElse(Tag.ATTRIBUTE_VALUE.code());
    if (value.tag() != expectedTag) {
      throw invalid(key, "is tagged " + value.tagName());
    }
    Optional<ItemType> type = rule.encoding().itemType();
    if (type.isPresent() && value.type() != type.get()) {
      throw invalid(
          key, "must be " + type.get().encodingName() + ", not " + value.type().encodingName());
    }
    if (value instanceof TtlvEnumeration e
        && e.value() >= 0
        && KmipEnums.enumerationOf(value.tag()).isPresent()
        && KmipEnums.enumName(value.tag(), e.value()).isEmpty()) {
      throw invalid(key, String.format("has no value 0x%08X", e.value()));
    }
  }

  private static KmipException invalid(AttributeKey key, String what) {
    return new KmipException(ResultReason.INVALID_FIELD, key.v1Name() + " " + what);
  }

  /** The record of each structured attribute, whose binding checks the required fields. */
  private static final Map<Tag, Class<? extends Record>> STRUCTURES = structures();

  private static Map<Tag, Class<? extends Record>> structures() {
    Map<Tag, Class<? extends Record>> m = new EnumMap<>(Tag.class);
    m.put(Tag.ALTERNATIVE_NAME, AlternativeName.class);
    m.put(Tag.APPLICATION_SPECIFIC_INFORMATION, ApplicationSpecificInformation.class);
    m.put(Tag.CERTIFICATE_IDENTIFIER, CertificateIdentifier.class);
    m.put(Tag.CERTIFICATE_ISSUER, CertificateIssuer.class);
    m.put(Tag.CERTIFICATE_SUBJECT, CertificateSubject.class);
    m.put(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, CryptographicDomainParameters.class);
    m.put(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters.class);
    m.put(Tag.DIGEST, Digest.class);
    m.put(Tag.KEY_VALUE_LOCATION, KeyValueLocation.class);
    m.put(Tag.LINK, Link.class);
    m.put(Tag.NAME, Name.class);
    m.put(Tag.RANDOM_NUMBER_GENERATOR, RngParameters.class);
    m.put(Tag.REVOCATION_REASON, RevocationReason.class);
    m.put(Tag.ROTATE_NAME, RotateName.class);
    m.put(Tag.USAGE_LIMITS, UsageLimits.class);
    m.put(Tag.X_509_CERTIFICATE_IDENTIFIER, X509CertificateIdentifier.class);
    m.put(Tag.X_509_CERTIFICATE_ISSUER, X509CertificateIssuer.class);
    m.put(Tag.X_509_CERTIFICATE_SUBJECT, X509CertificateSubject.class);
    return Collections.unmodifiableMap(m);
  }

  // ---- parsing the table -------------------------------------------------------------------

  private static Map<Tag, Rule> parse(List<String> rows) {
    Map<Tag, Rule> out = new EnumMap<>(Tag.class);
    for (String row : rows) {
      String[] c = row.split("\\|", -1);
      if (c.length != 11) {
        throw new IllegalStateException("attribute rule row needs 11 columns: " + row);
      }
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i].strip();
      }
      Tag tag =
          KmipEnums.attributeTag(c[0])
              .orElseThrow(() -> new IllegalStateException("not an attribute: " + c[0]));
      Rule rule =
          new Rule(
              AttributeKey.of(tag),
              encoding(c[1]),
              objectTypes(c[2]),
              multiplicity(c[3]),
              setter(c[4]),
              yesNo(c[5]),
              change(c[6]),
              change(c[7]),
              yesNo(c[8]),
              required(c[9], objectTypes(c[2])),
              since(c[10]),
              removedIn(c[10]));
      if (out.put(tag, rule) != null) {
        throw new IllegalStateException("two rules for " + c[0]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Encoding encoding(String s) {
    switch (s) {
      case "text":
        return Encoding.TEXT;
      case "int":
        return Encoding.INTEGER;
      case "long":
        return Encoding.LONG_INTEGER;
      case "enum":
        return Encoding.ENUMERATION;
      case "bool":
        return Encoding.BOOLEAN;
      case "date":
        return Encoding.DATE_TIME;
      case "interval":
        return Encoding.INTERVAL;
      case "bytes":
        return Encoding.BYTE_STRING;
      case "struct":
        return Encoding.STRUCTURE;
      case "uid":
        return Encoding.IDENTIFIER;
      case "any":
        return Encoding.ANY;
      default:
        throw new IllegalStateException("unknown encoding " + s);
    }
  }

  private static Set<ObjectType> objectTypes(String s) {
    switch (s) {
      case "all":
        return EnumSet.allOf(ObjectType.class);
      case "asym":
        return EnumSet.of(ObjectType.PUBLIC_KEY, ObjectType.PRIVATE_KEY);
      case "cert":
        return EnumSet.of(ObjectType.CERTIFICATE);
      case "cert+pgp":
        return EnumSet.of(ObjectType.CERTIFICATE, ObjectType.PGP_KEY);
      case "opaque":
        return EnumSet.of(ObjectType.OPAQUE_OBJECT);
      default:
        throw new IllegalStateException("unknown object types " + s);
    }
  }

  private static boolean multiplicity(String s) {
    switch (s) {
      case "1":
        return false;
      case "n":
        return true;
      default:
        throw new IllegalStateException("instances must be 1 or n: " + s);
    }
  }

  private static InitialSetter setter(String s) {
    switch (s) {
      case "server":
        return InitialSetter.SERVER;
      case "client":
        return InitialSetter.CLIENT;
      case "both":
        return InitialSetter.SERVER_OR_CLIENT;
      default:
        throw new IllegalStateException("unknown setter " + s);
    }
  }

  private static boolean yesNo(String s) {
    switch (s) {
      case "yes":
        return true;
      case "no":
        return false;
      default:
        throw new IllegalStateException("yes or no expected: " + s);
    }
  }

  private static ClientChange change(String s) {
    switch (s) {
      case "never":
        return ClientChange.NEVER;
      case "always":
        return ClientChange.ALWAYS;
      case "pre-active":
        return ClientChange.WHILE_PRE_ACTIVE;
      case "pre-active+active":
        return ClientChange.WHILE_PRE_ACTIVE_OR_ACTIVE;
      case "until-reached":
        return ClientChange.UNTIL_DATE_REACHED;
      case "until-allocated":
        return ClientChange.UNTIL_ALLOCATED;
      default:
        throw new IllegalStateException("unknown client change " + s);
    }
  }

  private static Set<ObjectType> required(String s, Set<ObjectType> appliesTo) {
    if (s.equals("no")) {
      return Set.of();
    }
    if (s.equals("yes")) {
      return appliesTo;
    }
    if (s.startsWith("yes!")) {
      Set<ObjectType> out = EnumSet.copyOf(appliesTo);
      for (String except : s.substring(4).split(",")) {
        switch (except) {
          case "secret":
            out.remove(ObjectType.SECRET_DATA);
            break;
          case "opaque":
            out.remove(ObjectType.OPAQUE_OBJECT);
            break;
          default:
            throw new IllegalStateException("unknown exception " + except);
        }
      }
      return out;
    }
    throw new IllegalStateException("unknown required " + s);
  }

  private static KmipVersion since(String s) {
    String first = s.contains("-") ? s.substring(0, s.indexOf('-')) : s;
    return KmipVersion.parse(first)
        .orElseThrow(() -> new IllegalStateException("unknown version " + s));
  }

  private static Optional<KmipVersion> removedIn(String s) {
    if (!s.contains("-")) {
      return Optional.empty();
    }
    KmipVersion last =
        KmipVersion.parse(s.substring(s.indexOf('-') + 1))
            .orElseThrow(() -> new IllegalStateException("unknown version " + s));
    KmipVersion[] all = KmipVersion.values();
    return last.ordinal() + 1 < all.length
        ? Optional.of(all[last.ordinal() + 1])
        : Optional.empty();
  }
}
