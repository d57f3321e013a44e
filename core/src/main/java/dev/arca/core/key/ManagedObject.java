package dev.arca.core.key;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.util.Objects;
import java.util.Optional;

/**
 * One managed object as the store keeps it: its identity, attributes, owner, place in a versioned
 * key and sealed material. Immutable; a change is a new instance with the next revision, written by
 * a command.
 *
 * @param id the Unique Identifier
 * @param objectType the KMIP Object Type
 * @param attributes every attribute, State and the dates included
 * @param owner the client user that owns it; empty for a global key
 * @param keyName the name of the versioned key this object is a version of, if any
 * @param keyVersion its version within {@code keyName}: 0, 1, 2, … up to {@link #MAX_VERSION}
 * @param materialState where the material is
 * @param material the sealed material; empty once destroyed, and for objects without material
 * @param revision 1 for a new object, incremented by every change; the store compares it to refuse
 *     lost updates
 */
public record ManagedObject(
    String id,
    ObjectType objectType,
    AttributeSet attributes,
    Optional<String> owner,
    Optional<String> keyName,
    int keyVersion,
    MaterialState materialState,
    Optional<SealedMaterial> material,
    long revision) {

  /** The highest version a versioned key may reach (4000 versions: 0 to 3999). */
  public static final int MAX_VERSION = 3999;

  public ManagedObject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(materialState, "materialState");
    Objects.requireNonNull(material, "material");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    if (keyVersion < 0 || keyVersion > MAX_VERSION) {
      throw new IllegalArgumentException(
          "key version " + keyVersion + " outside 0.." + MAX_VERSION);
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1");
    }
  }

  /** The State attribute as stored (the clock may have moved it on; see the lifecycle). */
  public State storedState() {
    return attributes.enumeration(Tag.STATE, State.class).orElse(State.PRE_ACTIVE);
  }

  public Optional<CryptographicAlgorithm> algorithm() {
    return attributes.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class);
  }

  /** A copy with other attributes and the next revision. */
  public ManagedObject withAttributes(AttributeSet newAttributes) {
    return new ManagedObject(
        id,
        objectType,
        newAttributes,
        owner,
        keyName,
        keyVersion,
        materialState,
        material,
        revision + 1);
  }

  /** A copy with other attributes and key name (a renamed single-version key), next revision. */
  public ManagedObject withAttributes(AttributeSet newAttributes, Optional<String> newKeyName) {
    return new ManagedObject(
        id,
        objectType,
        newAttributes,
        owner,
        newKeyName,
        keyVersion,
        materialState,
        material,
        revision + 1);
  }

  /** A copy with the material moved or removed, and the next revision. */
  public ManagedObject withMaterial(
      MaterialState newState, Optional<SealedMaterial> newMaterial, AttributeSet newAttributes) {
    return new ManagedObject(
        id,
        objectType,
        newAttributes,
        owner,
        keyName,
        keyVersion,
        newState,
        newMaterial,
        revision + 1);
  }

  /** A copy with another owner, and the next revision. */
  public ManagedObject withOwner(Optional<String> newOwner) {
    return new ManagedObject(
        id,
        objectType,
        attributes,
        newOwner,
        keyName,
        keyVersion,
        materialState,
        material,
        revision + 1);
  }

  @Override
  public String toString() {
    return "ManagedObject["
        + id
        + ", "
        + objectType.specName()
        + keyName.map(n -> ", " + n + " v" + keyVersion).orElse("")
        + ", rev "
        + revision
        + "]";
  }
}
