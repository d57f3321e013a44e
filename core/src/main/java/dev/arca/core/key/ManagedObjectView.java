package dev.arca.core.key;

import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.util.Objects;

/**
 * A managed object as a client sees it at one instant: the stored object, its effective state (see
 * {@link Lifecycle#effective}) and its attributes with that state and the server's read-only
 * attributes that are computed rather than stored ({@value VersionedKeys#VERSION_ATTRIBUTE}).
 *
 * @param object the object as stored, for its identity, owner, version and revision
 * @param state the effective state
 * @param attributes every attribute as Get Attributes returns it
 */
public record ManagedObjectView(ManagedObject object, State state, AttributeSet attributes) {

  public ManagedObjectView {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(attributes, "attributes");
  }

  public String id() {
    return object.id();
  }

  public ObjectType objectType() {
    return object.objectType();
  }

  @Override
  public String toString() {
    return "ManagedObjectView[" + object + ", " + state.specName() + "]";
  }
}
