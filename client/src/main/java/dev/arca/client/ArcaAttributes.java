package dev.arca.client;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvInteger;
import java.util.OptionalInt;

/**
 * The attributes Arca defines beyond the specification, as a KMIP client sees them: server-defined
 * custom attributes, vendor {@value #VENDOR} in KMIP 2.x and names {@code y-…} in KMIP 1.x (KMIP
 * 1.4 §3.39). They are the server's contract ({@code dev.arca.core.key.VersionedKeys}), repeated
 * here because the client depends on nothing of the server.
 *
 * <ul>
 *   <li>{@value #VERSION} (Integer, read-only): which version of a versioned key an object is.
 *       Every version keeps the key's Name; re-key makes the next version. In a Locate it selects
 *       that version.
 *   <li>{@value #ALL_VERSIONS} (Boolean, Locate only): True returns every matching version instead
 *       of the newest usable one (the highest Active version, else the highest).
 * </ul>
 */
public final class ArcaAttributes {

  /** The Vendor Identification of server-defined attributes in KMIP 2.x. */
  public static final String VENDOR = "y";

  /** The version of a versioned key; {@code y-arca-version} in KMIP 1.x. */
  public static final String VERSION = "arca-version";

  /** The Locate criterion asking for every version; {@code y-arca-all-versions} in KMIP 1.x. */
  public static final String ALL_VERSIONS = "arca-all-versions";

  private ArcaAttributes() {}

  /** The Locate criterion selecting version {@code version}. */
  public static Ttlv versionCriterion(int version) {
    if (version < 0) {
      throw new IllegalArgumentException("a key version is 0 or more, was " + version);
    }
    return TtlvBinder.encode(
        Attribute.vendor(VENDOR, VERSION, Ttlv.integer(Tag.ATTRIBUTE_VALUE, version)));
  }

  /** The Locate criterion asking for every version. */
  public static Ttlv allVersionsCriterion() {
    return TtlvBinder.encode(
        Attribute.vendor(VENDOR, ALL_VERSIONS, Ttlv.bool(Tag.ATTRIBUTE_VALUE, true)));
  }

  /**
   * The version of the object these attributes describe; empty for an object that is not a version
   * of a named key.
   */
  public static OptionalInt version(Attributes attributes) {
    try {
      for (Attribute a : attributes.vendorAttributes()) {
        if (a.vendorIdentification().filter(VENDOR::equals).isPresent()
            && a.attributeName().equals(VERSION)
            && a.attributeValue().isPresent()
            && a.attributeValue().get() instanceof TtlvInteger) {
          return OptionalInt.of(((TtlvInteger) a.attributeValue().get()).value());
        }
      }
    } catch (KmipException e) {
      // A malformed vendor attribute is no version.
    }
    return OptionalInt.empty();
  }
}
