package dev.arca.core.access;

import dev.arca.core.key.ManagedObject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The first access rule of Arca: an object belongs to the client user that created or registered
 * it, and only that user may see or use it, for every permission.
 *
 * <p>Objects without an owner (global keys, which later issues bring in and which FIPS mode turns
 * off) are visible to no client user under this policy: refusing is the safe default until a policy
 * that knows about them replaces this one.
 *
 * <p>An {@linkplain Caller#administrator() administrator} (whom the admin API lets act on keys only
 * with the keys permission area) may read the metadata of every object and manage it — change
 * attributes, move it through its lifecycle, re-key it — but never {@link Permission#EXPORT}
 * receive nor {@link Permission#USE} use its material: officers administer keys, applications use
 * them. Its new objects belong to the client user it names ({@link Caller#onBehalfOf}).
 */
public final class OwnerOnlyAccessPolicy implements AccessPolicy {

  /** What an administrator may do with any object: everything but touch the material. */
  private static final Set<Permission> ADMINISTRATION =
      EnumSet.of(Permission.READ, Permission.MODIFY, Permission.MANAGE, Permission.REKEY);

  @Override
  public boolean permits(Caller caller, ManagedObject object, Permission permission) {
    if (caller.administrator()) {
      return ADMINISTRATION.contains(permission);
    }
    return object.owner().filter(caller.username()::equals).isPresent();
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
    return new Visibility(Set.of(caller.username()), false);
  }
}
