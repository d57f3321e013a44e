package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.arca.core.key.AttributeInstance;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.CreatedKeyPair;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.key.LocateCriteria;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.core.key.RekeyRequest;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An object another caller may not see answers exactly as a missing one (DESIGN §5). */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceAccessTest {

  private static final Caller ALICE = KeyServiceFixture.ALICE;
  private static final Caller BOB = KeyServiceFixture.BOB;

  private final Backend backend;
  @TempDir Path dir;
  private KeyServiceFixture fx;
  private KeyService service;

  KeyServiceAccessTest(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void open() {
    fx = KeyServiceFixture.open(backend, dir);
    service = fx.service;
  }

  @AfterEach
  void close() throws Exception {
    fx.close();
  }

  @FunctionalInterface
  interface Operation {
    Object on(Caller caller, String id) throws Exception;
  }

  @Test
  void anotherCallersObjectIsIndistinguishableFromAMissingOne() throws Exception {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            AttributeSet.builder().add(TtlvBinder.encode(Tag.NAME, Name.of("alices"))).build());
    CreatedKeyPair pair =
        service.createKeyPair(
            ALICE, AttributeSet.empty(), AttributeSet.empty(), AttributeSet.empty());
    String missing = UUID.randomUUID().toString();
    AttributeKey description = AttributeKey.of(Tag.DESCRIPTION);
    Ttlv text = Ttlv.text(Tag.DESCRIPTION, "d");
    Map<String, Operation> ops = new LinkedHashMap<>();
    ops.put("get", (c, id) -> service.get(c, id));
    ops.put("export", (c, id) -> service.openMaterial(c, id, MaterialUse.EXPORT));
    ops.put("use", (c, id) -> service.openMaterial(c, id, MaterialUse.PROCESS));
    ops.put("add", (c, id) -> service.addAttribute(c, id, description, text));
    ops.put("set", (c, id) -> service.setAttribute(c, id, description, text));
    ops.put(
        "modify",
        (c, id) -> service.modifyAttribute(c, id, description, AttributeInstance.only(), text));
    ops.put(
        "delete", (c, id) -> service.deleteAttribute(c, id, description, AttributeInstance.all()));
    ops.put("activate", (c, id) -> service.activate(c, id));
    ops.put(
        "revoke",
        (c, id) ->
            service.revoke(
                c, id, RevocationReason.of(RevocationReasonCode.KEY_COMPROMISE), Optional.empty()));
    ops.put("destroy", (c, id) -> service.destroy(c, id));
    ops.put("archive", (c, id) -> service.archive(c, id));
    ops.put("recover", (c, id) -> service.recover(c, id));
    ops.put("rekey", (c, id) -> service.rekey(c, id, RekeyRequest.defaults()));
    ops.put("lease", (c, id) -> service.obtainLease(c, id));
    ops.put("allocate", (c, id) -> service.getUsageAllocation(c, id, 1));
    for (Map.Entry<String, Operation> op : ops.entrySet()) {
      KmipException denied = failure(op.getValue(), BOB, k.id());
      KmipException absent = failure(op.getValue(), BOB, missing);
      assertThat(denied.reason()).as(op.getKey()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
      assertThat(denied.getMessage()).as(op.getKey()).isEqualTo(absent.getMessage());
      assertThat(absent.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    }
    KmipException denied =
        failure(
            (c, id) -> service.rekeyKeyPair(c, id, RekeyRequest.defaults()),
            BOB,
            pair.privateKey().id());
    assertThat(denied.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    // Nothing changed for Alice, and Bob's Locate finds nothing of hers.
    ManagedObject after = fx.store.get(k.id()).orElseThrow();
    assertThat(after.revision()).isEqualTo(k.object().revision());
    assertThat(
            service
                .locate(
                    BOB,
                    LocateCriteria.fromAttributes(
                        AttributeSet.empty(),
                        OptionalInt.empty(),
                        0,
                        OptionalInt.empty(),
                        fx.clock.instant()))
                .ids())
        .isEmpty();
    assertThat(service.versions(BOB, "alices")).isEmpty();
    assertThat(
            service
                .locate(
                    ALICE,
                    LocateCriteria.fromAttributes(
                        AttributeSet.empty(),
                        OptionalInt.empty(),
                        0,
                        OptionalInt.empty(),
                        fx.clock.instant()))
                .ids())
        .contains(k.id(), pair.privateKey().id(), pair.publicKey().id());
  }

  private static KmipException failure(Operation op, Caller caller, String id) {
    Throwable t = catchThrowable(() -> op.on(caller, id));
    assertThat(t).isInstanceOf(KmipException.class);
    return (KmipException) t;
  }

  @Test
  void aCallerWhoMaySeeButNotUseIsDeniedPermission() throws Exception {
    ManagedObjectView k = service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    AccessPolicy readOnlyForBob =
        new AccessPolicy() {
          private final AccessPolicy owner = new OwnerOnlyAccessPolicy();

          @Override
          public boolean permits(Caller caller, ManagedObject object, Permission permission) {
            return owner.permits(caller, object, permission)
                || (caller.equals(BOB) && permission == Permission.READ);
          }

          @Override
          public Optional<String> ownerOfNewObject(Caller caller) {
            return owner.ownerOfNewObject(caller);
          }

          @Override
          public Visibility visibility(Caller caller) {
            return owner.visibility(caller);
          }
        };
    KeyService shared = fx.service(KeyServiceSettings.defaults(), readOnlyForBob);
    assertThat(shared.get(BOB, k.id()).id()).isEqualTo(k.id());
    KmipException e =
        failure((c, id) -> shared.openMaterial(c, id, MaterialUse.EXPORT), BOB, k.id());
    assertThat(e.reason()).isEqualTo(ResultReason.PERMISSION_DENIED);
    e = failure((c, id) -> shared.destroy(c, id), BOB, k.id());
    assertThat(e.reason()).isEqualTo(ResultReason.PERMISSION_DENIED);
  }
}
