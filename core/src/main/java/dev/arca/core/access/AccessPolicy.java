package dev.arca.core.access;

import dev.arca.core.key.ManagedObject;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a caller may do with a managed object.
 *
 * <p>The key service asks {@link #permits} with {@link Permission#READ} first: an object the caller
 * may not read is answered exactly as a missing one (Item Not Found, same message), so that no
 * caller learns which identifiers exist (DESIGN §5, "a denied object looks exactly like a missing
 * one"). Only an object the caller may read but not otherwise use is refused with Permission
 * Denied.
 *
 * <p>Implementations are pure functions of their arguments and of configuration, safe for
 * concurrent use.
 */
public interface AccessPolicy {

  /** Whether {@code caller} may do {@code permission} on {@code object}. */
  boolean permits(Caller caller, ManagedObject object, Permission permission);

  /** The owner a new object created by {@code caller} gets; empty makes a global object. */
  Optional<String> ownerOfNewObject(Caller caller);

  /**
   * The owners whose objects {@code caller} may read, so that a Locate filters in the store instead
   * of decoding every object. Locate returns what the store finds for these owners without asking
   * {@link #permits} again, so the visibility must never reach further than {@link #permits} with
   * {@link Permission#READ}.
   */
  Visibility visibility(Caller caller);

  /**
   * The grants to key sharing groups this policy applies, which a key's owner changes through the
   * share attribute ({@code dev.arca.core.key.ShareAttribute}); empty when the policy knows no
   * groups, and then the attribute is refused.
   */
  default Optional<KeySharing> sharing() {
    return Optional.empty();
  }

  /**
   * Whose objects a caller may see.
   *
   * <p>An empty owner set means no owner's objects, unless {@code includeGlobal} is set as well:
   * that pair, {@link #everything()}, is every object of every owner and the global ones, as the
   * store reads an empty owner set ("any owner"). Only administrators get it.
   *
   * @param owners objects owned by one of these users
   * @param includeGlobal whether objects without an owner (global keys) are visible too
   * @param shared whether objects of other owners may be visible as well, shared with the caller
   *     through a key sharing group: Locate then looks at every object and asks {@link #permits}
   *     with {@link Permission#READ} for each one outside {@code owners}
   */
  record Visibility(Set<String> owners, boolean includeGlobal, boolean shared) {
    public Visibility {
      owners = Set.copyOf(owners);
    }

    /** Objects of {@code owners} (and global ones with {@code includeGlobal}), nothing shared. */
    public Visibility(Set<String> owners, boolean includeGlobal) {
      this(owners, includeGlobal, false);
    }

    /** Every object: what an administrator sees. */
    public static Visibility everything() {
      return new Visibility(Set.of(), true, false);
    }

    /** Whether this is {@link #everything()}. */
    public boolean isEverything() {
      return owners.isEmpty() && includeGlobal && !shared;
    }
  }
}
