package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.MaterialUse;
import dev.arca.core.key.RekeyRequest;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator acting on keys through the key service: it sees and manages every client user's
 * keys, creates keys for a named owner, and never receives or uses key material.
 */
class AdministratorAccessTest {

  private static final Caller ALICE = KeyServiceFixture.ALICE;
  private static final Caller ADMIN = Caller.administrator("officer");

  @TempDir Path dir;
  private KeyServiceFixture fx;
  private KeyService service;

  @BeforeEach
  void open() {
    fx = KeyServiceFixture.open(Backend.SQLITE, dir);
    service = fx.service;
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private static AttributeSet named(String name) {
    return AttributeSet.builder().add(TtlvBinder.encode(Tag.NAME, Name.of(name))).build();
  }

  @Test
  void aCallerIsAClientUserOrAnAdministrator() {
    assertThat(Caller.of("alice").administrator()).isFalse();
    assertThat(new Caller("alice")).isEqualTo(Caller.of("alice"));
    assertThat(ADMIN.administrator()).isTrue();
    assertThat(ADMIN.ownerOfNewObjects()).isEmpty();
    assertThat(ADMIN.onBehalfOf("alice").ownerOfNewObjects()).contains("alice");
    assertThat(ADMIN.onBehalfOf("alice").toString())
        .isEqualTo("Caller[administrator officer for alice]");
    // An administrator is not the client user of the same name.
    assertThat(Caller.administrator("alice")).isNotEqualTo(Caller.of("alice"));
    assertThatThrownBy(() -> Caller.of("alice").onBehalfOf("bob"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePolicyLetsAnAdministratorManageButNeverTouchMaterial() {
    AccessPolicy policy = new OwnerOnlyAccessPolicy();
    ManagedObject o =
        new ManagedObject(
            "id",
            ObjectType.SYMMETRIC_KEY,
            AttributeSet.empty(),
            Optional.of("alice"),
            Optional.empty(),
            0,
            MaterialState.ONLINE,
            Optional.empty(),
            1);
    assertThat(policy.permits(ADMIN, o, Permission.READ)).isTrue();
    assertThat(policy.permits(ADMIN, o, Permission.MODIFY)).isTrue();
    assertThat(policy.permits(ADMIN, o, Permission.MANAGE)).isTrue();
    assertThat(policy.permits(ADMIN, o, Permission.REKEY)).isTrue();
    assertThat(policy.permits(ADMIN, o, Permission.EXPORT)).isFalse();
    assertThat(policy.permits(ADMIN, o, Permission.USE)).isFalse();
    // The client user "officer" owns nothing of alice's.
    assertThat(policy.permits(Caller.of("officer"), o, Permission.READ)).isFalse();
    assertThat(policy.visibility(ADMIN).isEverything()).isTrue();
    assertThat(policy.visibility(ALICE).isEverything()).isFalse();
    assertThat(policy.ownerOfNewObject(ADMIN.onBehalfOf("bob"))).contains("bob");
  }

  @Test
  void anAdministratorManagesAClientUsersKey() throws Exception {
    ManagedObjectView key = service.create(ALICE, ObjectType.SYMMETRIC_KEY, named("payroll"));
    assertThat(service.get(ADMIN, key.id()).object().owner()).contains("alice");
    service.activate(ADMIN, key.id());
    ManagedObjectView next = service.rekey(ADMIN, key.id(), RekeyRequest.defaults());
    assertThat(next.object().owner()).contains("alice");
    assertThat(service.versions(ADMIN, "payroll")).hasSize(2);
    service.setAttribute(
        ADMIN,
        next.id(),
        AttributeKey.custom("x", "expiry"),
        Ttlv.text(Tag.ATTRIBUTE_VALUE, "2031-01-01"));
    service.revoke(
        ADMIN,
        key.id(),
        RevocationReason.of(RevocationReasonCode.CESSATION_OF_OPERATION),
        Optional.empty());
    assertThat(service.get(ALICE, key.id()).state()).isEqualTo(State.DEACTIVATED);
    service.destroy(ADMIN, key.id());
    assertThat(service.get(ALICE, key.id()).state()).isEqualTo(State.DESTROYED);
  }

  @Test
  void anAdministratorNeverReceivesNorUsesKeyMaterial() throws Exception {
    ManagedObjectView key = service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    service.activate(ALICE, key.id());
    for (MaterialUse use : MaterialUse.values()) {
      KmipException e =
          catchThrowableOfType(
              KmipException.class, () -> service.openMaterial(ADMIN, key.id(), use));
      assertThat(e).as(use.name()).isNotNull();
      assertThat(e.reason()).isEqualTo(ResultReason.PERMISSION_DENIED);
    }
  }

  @Test
  void anAdministratorCreatesForAnOwnerAndLocatesEverything() throws Exception {
    ManagedObjectView forBob =
        service.create(ADMIN.onBehalfOf("bob"), ObjectType.SYMMETRIC_KEY, named("bobs"));
    assertThat(forBob.object().owner()).contains("bob");
    assertThat(service.get(Caller.of("bob"), forBob.id())).isNotNull();
    ManagedObjectView alices =
        service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    LocateQuery all = LocateQuery.all(fx.clock.instant());
    assertThat(service.locate(ADMIN, all).ids())
        .containsExactlyInAnyOrder(forBob.id(), alices.id());
    assertThat(service.locate(ALICE, all).ids()).containsExactly(alices.id());
    assertThat(Set.copyOf(service.locate(Caller.of("bob"), all).ids()))
        .containsExactly(forBob.id());
  }
}
