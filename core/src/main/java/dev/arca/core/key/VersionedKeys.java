package dev.arca.core.key;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.OptionalInt;

/**
 * Versioned keys: one name, up to 4000 versions, each a managed object of its own with its own
 * state and dates.
 *
 * <p>A key created with a Name is version 0 of the versioned key of that name ({@link
 * ManagedObject#keyName()}, {@link ManagedObject#keyVersion()}). Re-key and Re-key Key Pair make
 * the next version: same name, algorithm, length, usage mask and owner, new material and dates,
 * linked to the version it replaces. Unlike KMIP 2.1 §6.1.46 Table 304, which moves the Name from
 * the old key to the new one, every version keeps the Name, so that the name shows every version.
 * Names stay unique across versioned keys: no other object may take a name a versioned key has.
 *
 * <p>KMIP clients see versions through two server-defined custom attributes ({@code y-} names are
 * the server's, KMIP 1.4 §3.39; KMIP 2.x clients see vendor {@code y}):
 *
 * <ul>
 *   <li>{@value #VERSION_ATTRIBUTE} (Integer, read-only): the version of this object, on every
 *       object that is a version of a named key. In a Locate it selects that version.
 *   <li>{@value #ALL_VERSIONS_ATTRIBUTE} (Boolean): a Locate criterion only; {@code True} makes the
 *       Locate return every matching version instead of the newest usable one.
 * </ul>
 *
 * <p>A Locate by Name alone returns the newest usable version: the highest Active version, or when
 * none is Active the highest version that matches (see {@link
 * dev.arca.core.store.LocateQuery.Versions}).
 */
public final class VersionedKeys {

  /** The 1.x name of the version attribute. */
  public static final String VERSION_ATTRIBUTE = "y-arca-version";

  /** The 1.x name of the Locate criterion that asks for every version. */
  public static final String ALL_VERSIONS_ATTRIBUTE = "y-arca-all-versions";

  /** The version attribute: vendor {@code y}, name {@code arca-version}. */
  public static final AttributeKey VERSION =
      AttributeKey.customFromV1Name(VERSION_ATTRIBUTE).orElseThrow();

  /** The all-versions Locate criterion: vendor {@code y}, name {@code arca-all-versions}. */
  public static final AttributeKey ALL_VERSIONS =
      AttributeKey.customFromV1Name(ALL_VERSIONS_ATTRIBUTE).orElseThrow();

  /** How many versions a versioned key may have. */
  public static final int MAX_VERSIONS = ManagedObject.MAX_VERSION + 1;

  private VersionedKeys() {}

  /**
   * The version after {@code latest}.
   *
   * @throws KmipException Server Limit Exceeded when the key already has {@value #MAX_VERSIONS}
   *     versions
   */
  public static int nextVersion(String keyName, OptionalInt latest) throws KmipException {
    int next = latest.isPresent() ? latest.getAsInt() + 1 : 0;
    if (next > ManagedObject.MAX_VERSION) {
      throw new KmipException(
          ResultReason.SERVER_LIMIT_EXCEEDED,
          "key '"
              + keyName
              + "' already has "
              + MAX_VERSIONS
              + " versions, the most a versioned key may have; create a key with a new name");
    }
    return next;
  }

  /** The value of the version attribute of version {@code version}. */
  static Ttlv versionValue(int version) {
    return Ttlv.integer(Tag.ATTRIBUTE_VALUE, version);
  }
}
