package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.arca.core.key.AttributeInstance;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.key.LocateCriteria;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.core.key.RekeyRequest;
import dev.arca.core.key.ShareAttribute;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.store.RecordStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Owners, key sharing groups and global keys, through the key service. */
@ParameterizedClass
@EnumSource(Backend.class)
class KeySharingPolicyTest {

  private static final Caller ALICE = KeyServiceFixture.ALICE;
  private static final Caller BOB = KeyServiceFixture.BOB;
  private static final Caller CAROL = Caller.of("carol");

  private final Backend backend;
  @TempDir Path dir;
  private KeyServiceFixture fx;
  private KeySharing sharing;
  private KeyService service;

  KeySharingPolicyTest(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void open() {
    fx = KeyServiceFixture.open(backend, dir);
    sharing =
        new KeySharing((RecordStore) fx.store, fx.replicator, fx.clock, 5, Duration.ofSeconds(30));
    service = withGlobalKeys(true);
  }

  private KeyService withGlobalKeys(boolean on) {
    return fx.service(KeyServiceSettings.defaults(), new KeySharingPolicy(sharing, on));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  private ManagedObjectView key(Caller owner, String name) throws KmipException {
    return service.create(
        owner,
        ObjectType.SYMMETRIC_KEY,
        AttributeSet.builder().add(TtlvBinder.encode(Tag.NAME, Name.of(name))).build());
  }

  private static KmipException failure(ThrowingRunnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(KmipException.class);
    return (KmipException) t;
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private List<String> locate(KeyService s, Caller c) throws KmipException {
    return s.locate(
            c,
            LocateCriteria.fromAttributes(
                AttributeSet.empty(),
                OptionalInt.empty(),
                0,
                OptionalInt.empty(),
                fx.clock.instant()))
        .ids();
  }

  private static Ttlv share(String value) {
    return Ttlv.text(Tag.ATTRIBUTE_VALUE, value);
  }

  @Test
  void theOwnerAndOnlyTheOwnerSharesThroughTheShareAttribute() throws Exception {
    ManagedObjectView k = key(ALICE, "by-attribute");
    sharing.createGroup("payments");
    sharing.addMember("payments", "bob");
    sharing.createGroup("auditors");

    service.addAttribute(ALICE, k.id(), ShareAttribute.KEY, share("payments:encrypt"));

    assertThat(sharing.grants(k.object()))
        .isEqualTo(Map.of("payments", EnumSet.of(Permission.USE)));
    assertThat(service.get(BOB, k.id()).attributes().all(ShareAttribute.KEY))
        .containsExactly(share("payments:encrypt"));
    // The grants are the attribute: nothing of it is stored with the object.
    assertThat(fx.store.get(k.id()).orElseThrow().attributes().contains(ShareAttribute.KEY))
        .isFalse();
    // A member may not change it, even with modify; a user who cannot see the key is answered
    // exactly as for a missing one.
    sharing.grant(k.object(), "payments", EnumSet.of(Permission.USE, Permission.MODIFY));
    assertThat(
            failure(
                    () ->
                        service.addAttribute(
                            BOB, k.id(), ShareAttribute.KEY, share("payments:get")))
                .reason())
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    KmipException hidden =
        failure(
            () ->
                service.deleteAttribute(
                    CAROL, k.id(), ShareAttribute.KEY, AttributeInstance.all()));
    KmipException missing =
        failure(
            () ->
                service.deleteAttribute(
                    CAROL, "no-such-object", ShareAttribute.KEY, AttributeInstance.all()));
    assertThat(hidden.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND).isEqualTo(missing.reason());
    assertThat(hidden.getMessage()).isEqualTo(missing.getMessage());
    // An unknown group is refused by name, and nothing changes.
    KmipException unknown =
        failure(() -> service.addAttribute(ALICE, k.id(), ShareAttribute.KEY, share("nosuch:get")));
    assertThat(unknown.reason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
    assertThat(unknown.getMessage()).contains("'nosuch'");

    // Moving the grant to another group is one atomic change of both.
    service.modifyAttribute(
        ALICE, k.id(), ShareAttribute.KEY, AttributeInstance.only(), share("auditors:get"));
    assertThat(sharing.grants(k.object()))
        .isEqualTo(Map.of("auditors", EnumSet.of(Permission.EXPORT)));
    assertThat(failure(() -> service.get(BOB, k.id())).reason())
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);

    service.deleteAttribute(ALICE, k.id(), ShareAttribute.KEY, AttributeInstance.all());
    assertThat(sharing.grants(k.object())).isEmpty();
    assertThat(service.get(ALICE, k.id()).attributes().contains(ShareAttribute.KEY)).isFalse();
  }

  @Test
  void aGroupMemberDoesWhatTheGroupWasGrantedAndNothingMore() throws Exception {
    ManagedObjectView k = key(ALICE, "shared");
    sharing.createGroup("payments");
    sharing.addMember("payments", "bob");
    // Before the grant Bob sees nothing of it.
    assertThat(failure(() -> service.get(BOB, k.id())).reason())
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    sharing.grant(k.object(), "payments", EnumSet.of(Permission.USE));
    assertThat(service.get(BOB, k.id()).id()).isEqualTo(k.id());
    assertThat(locate(service, BOB)).containsExactly(k.id());
    assertThat(failure(() -> service.openMaterial(BOB, k.id(), MaterialUse.EXPORT)).reason())
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(
            failure(
                    () ->
                        service.setAttribute(BOB, k.id(), desc(), Ttlv.text(Tag.DESCRIPTION, "x")))
                .reason())
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(failure(() -> service.destroy(BOB, k.id())).reason())
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    // Carol, in no group, still sees a missing object.
    assertThat(failure(() -> service.get(CAROL, k.id())).reason())
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(locate(service, CAROL)).isEmpty();
    // Widen the grant: now Bob may change attributes.
    sharing.grant(k.object(), "payments", EnumSet.of(Permission.USE, Permission.MODIFY));
    service.setAttribute(BOB, k.id(), desc(), Ttlv.text(Tag.DESCRIPTION, "by bob"));
    // Leaving the group ends it.
    sharing.removeMember("payments", "bob");
    assertThat(failure(() -> service.get(BOB, k.id())).reason())
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  @Test
  void aGrantCoversEveryVersionOfAVersionedKeyAndEndsWithItsGroup() throws Exception {
    ManagedObjectView v0 = key(ALICE, "versioned");
    sharing.createGroup("ops");
    sharing.addMember("ops", "bob");
    sharing.grant(v0.object(), "ops", EnumSet.of(Permission.REKEY));
    ManagedObjectView v1 = service.rekey(BOB, v0.id(), RekeyRequest.defaults());
    assertThat(v1.object().owner()).contains("alice");
    assertThat(service.get(BOB, v1.id()).id()).isEqualTo(v1.id());
    assertThat(sharing.grants(v1.object())).containsKey("ops");
    sharing.deleteGroup("ops");
    assertThat(sharing.grants(v1.object())).isEmpty();
    // A new group of the same name does not inherit the old grants.
    sharing.createGroup("ops");
    sharing.addMember("ops", "bob");
    assertThat(failure(() -> service.get(BOB, v1.id())).reason())
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  @Test
  void grantsNeedAnExistingGroupAndGrantablePermissions() throws Exception {
    ManagedObject k = key(ALICE, "k").object();
    assertThatThrownBy(() -> sharing.grant(k, "nobody", EnumSet.of(Permission.USE)))
        .isInstanceOf(UserDirectoryException.class)
        .hasMessageContaining("no key sharing group nobody");
    sharing.createGroup("g");
    assertThatThrownBy(() -> sharing.grant(k, "g", EnumSet.of(Permission.READ)))
        .isInstanceOf(UserDirectoryException.class);
    assertThatThrownBy(() -> sharing.createGroup("g"))
        .isInstanceOf(UserDirectoryException.class)
        .hasMessageContaining("already exists");
    assertThat(KeySharing.permissionNamed("get")).contains(Permission.EXPORT);
    assertThat(KeySharing.permissionNamed("revoke")).contains(Permission.MANAGE);
    assertThat(KeySharing.permissionNamed("read")).isEmpty();
    assertThat(KeySharing.permissionNames())
        .containsExactly("get", "encrypt", "sign", "mac", "modify", "revoke", "rekey");
  }

  @Test
  void aGlobalKeyIsUsedByEveryUserAndChangedByNone() throws Exception {
    ManagedObjectView k = key(ALICE, "global");
    ManagedObject global = fx.store.get(k.id()).orElseThrow();
    fx.put(global.withOwner(Optional.empty()));
    assertThat(service.get(BOB, k.id()).id()).isEqualTo(k.id());
    assertThat(locate(service, BOB)).contains(k.id());
    service.openMaterial(BOB, k.id(), MaterialUse.EXPORT).destroy();
    assertThat(failure(() -> service.destroy(BOB, k.id())).reason())
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    // Off (FIPS mode): it is a missing object for every client user.
    KeyService fips = withGlobalKeys(false);
    KmipException hidden = failure(() -> fips.get(BOB, k.id()));
    KmipException missing = failure(() -> fips.get(BOB, "no-such-id"));
    assertThat(hidden.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(hidden.getMessage()).isEqualTo(missing.getMessage());
    assertThat(locate(fips, BOB)).doesNotContain(k.id());
  }

  @Test
  void theOwnerMayDoEverythingAndAnAdministratorNeverTouchesMaterial() throws Exception {
    ManagedObjectView k = key(ALICE, "own");
    KeySharingPolicy policy = new KeySharingPolicy(sharing, true);
    for (Permission p : Permission.values()) {
      assertThat(policy.permits(ALICE, k.object(), p)).as(p.name()).isTrue();
    }
    Caller officer = Caller.administrator("officer");
    assertThat(policy.permits(officer, k.object(), Permission.EXPORT)).isFalse();
    assertThat(policy.permits(officer, k.object(), Permission.USE)).isFalse();
    assertThat(policy.permits(officer, k.object(), Permission.MANAGE)).isTrue();
    assertThat(policy.visibility(officer).isEverything()).isTrue();
    assertThat(policy.visibility(BOB).shared()).isFalse();
    sharing.createGroup("g");
    sharing.addMember("g", "bob");
    assertThat(policy.visibility(BOB).shared()).isTrue();
    assertThat(sharing.groupsOf("bob")).extracting(KeySharingGroup::name).containsExactly("g");
    assertThat(Set.copyOf(sharing.group("g").orElseThrow().members())).containsExactly("bob");
  }

  private static AttributeKey desc() {
    return AttributeKey.of(Tag.DESCRIPTION);
  }
}
