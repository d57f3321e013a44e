package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.kmip.enums.ObjectType;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerOnlyAccessPolicyTest {

  private final AccessPolicy policy = new OwnerOnlyAccessPolicy();

  private static ManagedObject ownedBy(Optional<String> owner) {
    return new ManagedObject(
        "id",
        ObjectType.SYMMETRIC_KEY,
        AttributeSet.empty(),
        owner,
        Optional.empty(),
        0,
        MaterialState.ONLINE,
        Optional.empty(),
        1);
  }

  @Test
  void theOwnerMayDoEverything() {
    ManagedObject o = ownedBy(Optional.of("alice"));
    for (Permission p : Permission.values()) {
      assertThat(policy.permits(Caller.of("alice"), o, p)).as(p.name()).isTrue();
      assertThat(policy.permits(Caller.of("bob"), o, p)).as(p.name()).isFalse();
    }
  }

  @Test
  void objectsWithoutOwnerAreNobodysUnderThisPolicy() {
    ManagedObject global = ownedBy(Optional.empty());
    for (Permission p : Permission.values()) {
      assertThat(policy.permits(Caller.of("alice"), global, p)).isFalse();
    }
  }

  @Test
  void newObjectsBelongToTheirCreatorAndLocateSeesOnlyThem() {
    assertThat(policy.ownerOfNewObject(Caller.of("alice"))).contains("alice");
    AccessPolicy.Visibility v = policy.visibility(Caller.of("alice"));
    assertThat(v.owners()).isEqualTo(Set.of("alice"));
    assertThat(v.includeGlobal()).isFalse();
  }

  @Test
  void aCallerHasAName() {
    assertThatThrownBy(() -> Caller.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Caller.of("alice").toString()).isEqualTo("Caller[alice]");
  }
}
