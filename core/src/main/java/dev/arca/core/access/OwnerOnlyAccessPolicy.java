package dev.arca.core.access;

import dev.arca.core.key.ManagedObject;
import java.util.Optional;
import java.util.Set;

/**
 * The first access rule of Arca: an object belongs to the client user that created or registered
 * it, and only that user may see or use it, for every permission.
 *
 * <p>Objects without an owner (global keys, which later issues bring in and which FIPS mode turns
 * off) are visible to nobody under this policy: refusing is the safe default until a policy that
 * knows about them replaces this one.
 */
public final class OwnerOnlyAccessPolicy implements AccessPolicy {

  @Override
  public boolean permits(Caller caller, ManagedObject object, Permission permission) {
    return object.owner().filter(caller.username()::equals).isPresent();
  }

  @Override
  public Optional<String> ownerOfNewObject(Caller caller) {
    return Optional.of(caller.username());
  }

  @Override
  public Visibility visibility(Caller caller) {
    return new Visibility(Set.of(caller.username()), false);
  }
}
