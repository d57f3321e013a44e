package dev.arca.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.core.access.Caller;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.RekeyRequest;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyOwnershipTest {

  @TempDir Path dir;
  private KeyServiceFixture fx;
  private KeyService service;
  private KeyOwnership ownership;

  @BeforeEach
  void open() {
    fx = KeyServiceFixture.open(Backend.SQLITE, dir);
    service = fx.service;
    ownership = new KeyOwnership(fx.store, fx.replicator, fx.clock, 5, Duration.ofSeconds(30));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void everyVersionOfAKeyChangesOwnerTogether() throws Exception {
    AttributeSet named =
        AttributeSet.builder().add(TtlvBinder.encode(Tag.NAME, Name.of("payroll"))).build();
    ManagedObjectView v0 = service.create(KeyServiceFixture.ALICE, ObjectType.SYMMETRIC_KEY, named);
    ManagedObjectView v1 = service.rekey(KeyServiceFixture.ALICE, v0.id(), RekeyRequest.defaults());
    ManagedObjectView other =
        service.create(KeyServiceFixture.ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());

    List<String> changed = ownership.reassign(v0.id(), "bob");
    assertThat(changed).containsExactlyInAnyOrder(v0.id(), v1.id());
    Caller bob = KeyServiceFixture.BOB;
    assertThat(service.get(bob, v0.id()).object().owner()).contains("bob");
    assertThat(service.get(bob, v1.id()).object().owner()).contains("bob");
    assertThat(service.get(KeyServiceFixture.ALICE, other.id()).object().owner()).contains("alice");
    // Alice no longer sees them: as missing.
    KmipException hidden =
        catchThrowableOfType(
            KmipException.class, () -> service.get(KeyServiceFixture.ALICE, v1.id()));
    assertThat(hidden.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    // The next version stays with the new owner.
    ManagedObjectView v2 = service.rekey(bob, v1.id(), RekeyRequest.defaults());
    assertThat(v2.object().owner()).contains("bob");
    // Nothing to do the second time.
    assertThat(ownership.reassign(v1.id(), "bob")).isEmpty();
  }

  @Test
  void aMissingObjectIsItemNotFound() {
    KmipException e =
        catchThrowableOfType(KmipException.class, () -> ownership.reassign("nope", "bob"));
    assertThat(e.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  @Test
  void aConcurrentChangeIsRebuiltOnFreshState() throws Exception {
    ManagedObjectView key =
        service.create(KeyServiceFixture.ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    fx.replicator.interfere(1, r -> service.activate(KeyServiceFixture.ALICE, key.id()));
    assertThat(ownership.reassign(key.id(), "bob")).containsExactly(key.id());
    assertThat(service.get(KeyServiceFixture.BOB, key.id()).state()).isEqualTo(State.ACTIVE);
  }
}
