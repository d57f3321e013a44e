package dev.arca.core.access;

import dev.arca.core.key.ManagedObject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The access rules of Arca's client users: owners, key sharing groups and global keys.
 *
 * <ul>
 *   <li>The owner of an object may do everything with it.
 *   <li>A member of a key sharing group may do with an object what its owner (or an administrator
 *       with the keys area) granted the group ({@link KeySharing}), and sees the object when the
 *       group holds any permission on it.
 *   <li>A global key, one without an owner, is seen and used — Get, encrypt and decrypt, sign and
 *       verify, MAC — by every authenticated client user, but changed by none: administrators
 *       manage it. When global keys are off (always in FIPS mode) such objects are seen by no
 *       client user, exactly as if they did not exist.
 *   <li>Everyone else sees nothing of the object: it answers as a missing one.
 * </ul>
 *
 * An {@linkplain Caller#administrator() administrator} (whom the admin API lets act on keys only
 * with the keys area) reads the metadata of every object and manages it — attributes, lifecycle,
 * re-key — but never receives nor uses its material: officers administer keys, applications use
 * them.
 */
public final class KeySharingPolicy implements AccessPolicy {

  /** What an administrator may do with any object: everything but touch the material. */
  private static final Set<Permission> ADMINISTRATION =
      Collections.unmodifiableSet(
          EnumSet.of(Permission.READ, Permission.MODIFY, Permission.MANAGE, Permission.REKEY));

  /** What every client user may do with a global key. */
  public static final Set<Permission> GLOBAL_USE =
      Collections.unmodifiableSet(
          EnumSet.of(
              Permission.READ, Permission.EXPORT, Permission.USE, Permission.SIGN, Permission.MAC));

  private final KeySharing sharing;
  private final boolean globalKeys;

  /**
   * @param sharing the groups and their grants
   * @param globalKeys whether global keys are on; off in FIPS mode
   */
  public KeySharingPolicy(KeySharing sharing, boolean globalKeys) {
    this.sharing = Objects.requireNonNull(sharing, "sharing");
    this.globalKeys = globalKeys;
  }

  /** Whether global keys are on. */
  public boolean globalKeys() {
    return globalKeys;
  }

  @Override
  public Optional<KeySharing> sharing() {
    return Optional.of(sharing);
  }

  @Override
  public boolean permits(Caller caller, ManagedObject object, Permission permission) {
    if (caller.administrator()) {
      return ADMINISTRATION.contains(permission);
    }
    Optional<String> owner = object.owner();
    if (owner.isEmpty()) {
      return globalKeys && GLOBAL_USE.contains(permission);
    }
    if (owner.get().equals(caller.username())) {
      return true;
    }
    return sharing.permissionsThroughGroups(caller.username(), object).contains(permission);
  }

  @Override
  public Optional<String> ownerOfNewObject(Caller caller) {
    if (caller.administrator()) {
      return caller.ownerOfNewObjects();
    }
    return Optional.of(caller.username());
  }

  @Override
  public Visibility visibility(Caller caller) {
    if (caller.administrator()) {
      return Visibility.everything();
    }
    return new Visibility(
        Set.of(caller.username()), globalKeys, sharing.isMemberOfAny(caller.username()));
  }
}
