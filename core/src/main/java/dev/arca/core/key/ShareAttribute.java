package dev.arca.core.key;

import dev.arca.core.access.KeySharing;
import dev.arca.core.access.Permission;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The share attribute: how the owner of a key shares it with key sharing groups over KMIP.
 *
 * <p>{@value #NAME} in KMIP 1.x, a Vendor Attribute with vendor {@code x} and name {@code
 * arca-share} in KMIP 2.x, one Text String instance per group: {@code GROUP:perm,perm,…}, the
 * permissions named as officers name them ({@link KeySharing#permissionNames()}: get, encrypt,
 * sign, mac, modify, revoke, rekey). Add Attribute gives a group its permissions (replacing the
 * ones it held), Modify Attribute changes an instance, Delete Attribute takes a group's grant away,
 * and Get Attributes shows the grants there are.
 *
 * <p><b>Design: the grants are the single source of truth.</b> The attribute is never stored with
 * the object. Get Attributes derives its instances from the grants of {@link KeySharing} on every
 * read, in group order, as {@value VersionedKeys#VERSION_ATTRIBUTE} is derived from the version; an
 * owner's Add, Modify or Delete Attribute of it becomes a change of those grants, the same
 * replicated, atomic command the admin API submits, logged and audited like it. So the attribute
 * cannot drift from what the access policy enforces: a grant an administrator makes shows in the
 * attribute, deleting a group removes its instances, and a grant made on one version of a versioned
 * key shows on every version. It is refused at Create, Register and Re-key (a key is shared once it
 * exists) and as a Locate criterion (it is not stored where Locate looks).
 *
 * <p>Only the owner changes it (an administrator does through the admin API): anyone else who may
 * see the key gets Permission Denied, anyone who may not gets the answer of a missing object. The
 * prefix {@code x} is the client-owned namespace of KMIP 1.4 §3.39, so that any KMIP client, PyKMIP
 * included, may add it as it adds its own custom attributes.
 */
public final class ShareAttribute {

  /** The KMIP 1.x name. */
  public static final String NAME = "x-arca-share";

  /** The attribute: vendor {@code x}, name {@code arca-share}. */
  public static final AttributeKey KEY = AttributeKey.customFromV1Name(NAME).orElseThrow();

  private ShareAttribute() {}

  /** One group's grant, as one instance of the attribute names it. */
  record Grant(String group, Set<Permission> permissions) {}

  /** The attribute's instances for {@code grants}, in group order. */
  public static List<Ttlv> values(SortedMap<String, Set<Permission>> grants) {
    List<Ttlv> out = new ArrayList<>();
    for (Map.Entry<String, Set<Permission>> e : grants.entrySet()) {
      out.add(value(e.getKey(), e.getValue()));
    }
    return List.copyOf(out);
  }

  /** The instance naming {@code group}'s {@code permissions}. */
  public static Ttlv value(String group, Set<Permission> permissions) {
    List<String> names = new ArrayList<>();
    for (Permission p : KeySharing.GRANTABLE) {
      if (permissions.contains(p)) {
        names.add(KeySharing.nameOf(p));
      }
    }
    return Ttlv.text(Tag.ATTRIBUTE_VALUE, group + ":" + String.join(",", names));
  }

  /**
   * Reads an instance: {@code GROUP:perm,perm,…}.
   *
   * @throws KmipException Invalid Attribute Value (Invalid Field for KMIP 1.x) when it is not a
   *     Text String of that form or names a permission that is not granted; the message names what
   *     is wrong
   */
  static Grant parse(Ttlv value) throws KmipException {
    if (!(value instanceof TtlvTextString text) || value.tag() != Tag.ATTRIBUTE_VALUE.code()) {
      throw invalid("must be a Text String of the form GROUP:perm,perm");
    }
    String s = text.value();
    int colon = s.indexOf(':');
    if (colon <= 0) {
      throw invalid("must have the form GROUP:perm,perm, was '" + shorten(s) + "'");
    }
    String group = s.substring(0, colon).strip();
    EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String name : s.substring(colon + 1).split(",", -1)) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      permissions.add(
          KeySharing.permissionNamed(n)
              .orElseThrow(
                  () ->
                      invalid(
                          "names the permission '"
                              + shorten(n)
                              + "', which is not one of "
                              + String.join(", ", KeySharing.permissionNames()))));
    }
    if (permissions.isEmpty()) {
      throw invalid(
          "grants group '"
              + shorten(group)
              + "' no permission; delete the instance to take a grant away");
    }
    return new Grant(group, permissions);
  }

  /**
   * The grants after Add Attribute of {@code value}: the group holds the permissions it names,
   * whatever it held before.
   */
  static SortedMap<String, Set<Permission>> add(
      SortedMap<String, Set<Permission>> grants, Ttlv value) throws KmipException {
    Grant g = parse(value);
    SortedMap<String, Set<Permission>> out = new TreeMap<>(grants);
    out.put(g.group(), g.permissions());
    return out;
  }

  /** The grants after Modify Attribute of the instance {@code which} to {@code value}. */
  static SortedMap<String, Set<Permission>> modify(
      SortedMap<String, Set<Permission>> grants, AttributeInstance which, Ttlv value)
      throws KmipException {
    Grant g = parse(value);
    SortedMap<String, Set<Permission>> out = new TreeMap<>(grants);
    out.remove(select(grants, which));
    out.put(g.group(), g.permissions());
    return out;
  }

  /** The grants after Delete Attribute of the instance {@code which}, or of all of them. */
  static SortedMap<String, Set<Permission>> delete(
      SortedMap<String, Set<Permission>> grants, AttributeInstance which) throws KmipException {
    if (which.isAll()) {
      if (grants.isEmpty()) {
        throw new KmipException(ResultReason.ATTRIBUTE_NOT_FOUND, "the object has no " + NAME);
      }
      return new TreeMap<>();
    }
    SortedMap<String, Set<Permission>> out = new TreeMap<>(grants);
    out.remove(select(grants, which));
    return out;
  }

  /** The group whose instance {@code which} names, by the rules of Modify and Delete Attribute. */
  private static String select(SortedMap<String, Set<Permission>> grants, AttributeInstance which)
      throws KmipException {
    if (grants.isEmpty()) {
      throw new KmipException(ResultReason.ATTRIBUTE_NOT_FOUND, "the object has no " + NAME);
    }
    List<String> groups = new ArrayList<>(grants.keySet());
    if (which.index().isPresent()) {
      int i = which.index().getAsInt();
      if (i >= groups.size()) {
        throw new KmipException(
            ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, NAME + " has no value at index " + i);
      }
      return groups.get(i);
    }
    if (which.value().isPresent()) {
      // A current value names its group; the permissions it lists need not be spelled alike.
      String group = parse(which.value().get()).group();
      if (!grants.containsKey(group)) {
        throw new KmipException(
            ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND,
            NAME + " has no value for group '" + shorten(group) + "'");
      }
      return group;
    }
    if (groups.size() > 1) {
      throw new KmipException(
          ResultReason.MULTI_VALUED_ATTRIBUTE,
          NAME + " has " + groups.size() + " values; name the one to change");
    }
    return groups.get(0);
  }

  static KmipException invalid(String what) {
    return new KmipException(ResultReason.INVALID_ATTRIBUTE_VALUE, NAME + " " + what);
  }

  private static String shorten(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
