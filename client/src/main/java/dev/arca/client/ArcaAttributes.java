package dev.arca.client;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.payload.AddAttributeRequest;
import dev.arca.kmip.payload.DeleteAttributeRequest;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>One attribute is the client's to write, vendor {@value #SHARE_VENDOR}: {@value #SHARE_V1} in
 * KMIP 1.x ({@code dev.arca.core.key.ShareAttribute}). Its Text String instances, one per key
 * sharing group, read {@code GROUP:perm,perm} (get, encrypt, sign, mac, modify, revoke, rekey). The
 * owner of a key adds an instance to share the key (and every version of it) with a group, and
 * deletes it to stop; the server keeps the grants, not the attribute, and Get Attributes shows the
 * grants there are.
 */
public final class ArcaAttributes {

  /** The Vendor Identification of server-defined attributes in KMIP 2.x. */
  public static final String VENDOR = "y";

  /** The version of a versioned key; {@code y-arca-version} in KMIP 1.x. */
  public static final String VERSION = "arca-version";

  /** The Locate criterion asking for every version; {@code y-arca-all-versions} in KMIP 1.x. */
  public static final String ALL_VERSIONS = "arca-all-versions";

  /** The Vendor Identification of the share attribute in KMIP 2.x: a client-owned attribute. */
  public static final String SHARE_VENDOR = "x";

  /** The share attribute's name in KMIP 2.x. */
  public static final String SHARE = "arca-share";

  /** The share attribute's name in KMIP 1.x. */
  public static final String SHARE_V1 = SHARE_VENDOR + "-" + SHARE;

  private ArcaAttributes() {}

  /**
   * The share attribute granting {@code group} the {@code permissions}, as an Add Attribute request
   * of {@code version}: the owner shares the key {@code id} with the group.
   */
  public static AddAttributeRequest shareRequest(
      KmipVersion version, String id, String group, Collection<String> permissions) {
    Ttlv value = Ttlv.text(Tag.ATTRIBUTE_VALUE, shareValue(group, permissions));
    return version.isV2()
        ? AddAttributeRequest.of(
            id, TtlvBinder.encode(Attribute.vendor(SHARE_VENDOR, SHARE, value)))
        : AddAttributeRequest.of(id, Attribute.of(SHARE_V1, value));
  }

  /**
   * A Delete Attribute request of {@code version} taking {@code group}'s grant on {@code id} away;
   * {@code shares} are the key's current grants ({@link #shares}), whose order gives the KMIP 1.x
   * Attribute Index.
   *
   * @throws IllegalArgumentException when {@code group} holds no grant in {@code shares}
   */
  public static DeleteAttributeRequest unshareRequest(
      KmipVersion version, String id, String group, Map<String, List<String>> shares) {
    List<String> groups = new ArrayList<>(shares.keySet());
    int index = groups.indexOf(group);
    if (index < 0) {
      throw new IllegalArgumentException("the key is not shared with group " + group);
    }
    if (!version.isV2()) {
      return DeleteAttributeRequest.of(id, SHARE_V1, index);
    }
    Ttlv current =
        TtlvBinder.encode(
            Attribute.vendor(
                SHARE_VENDOR,
                SHARE,
                Ttlv.text(Tag.ATTRIBUTE_VALUE, shareValue(group, shares.get(group)))));
    return new DeleteAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(id)),
        Optional.empty(),
        Optional.empty(),
        Optional.of(Attributes.of(current)),
        Optional.empty());
  }

  /** The text of one instance of the share attribute: {@code GROUP:perm,perm}. */
  public static String shareValue(String group, Collection<String> permissions) {
    if (group == null || group.isEmpty() || group.contains(":")) {
      throw new IllegalArgumentException("a key sharing group needs a name without ':'");
    }
    return group + ":" + String.join(",", permissions);
  }

  /**
   * The grants the share attribute shows in these attributes (Get Attributes in the KMIP 2.x form,
   * as {@link KmipClient#getAttributes} returns them): group to permission names, in the order the
   * server gives them.
   */
  public static Map<String, List<String>> shares(Attributes attributes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try {
      for (Attribute a : attributes.vendorAttributes()) {
        if (a.vendorIdentification().filter(SHARE_VENDOR::equals).isPresent()
            && a.attributeName().equals(SHARE)
            && a.attributeValue().isPresent()
            && a.attributeValue().get() instanceof TtlvTextString t) {
          int colon = t.value().indexOf(':');
          if (colon > 0) {
            String permissions = t.value().substring(colon + 1);
            out.put(
                t.value().substring(0, colon),
                permissions.isEmpty() ? List.of() : List.of(permissions.split(",")));
          }
        }
      }
    } catch (KmipException e) {
      // A malformed vendor attribute shares nothing.
    }
    return out;
  }

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
