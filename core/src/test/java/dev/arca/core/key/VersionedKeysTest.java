package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.PutObject;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class VersionedKeysTest extends ServiceTestBase {

  private static final Instant START = KeyServiceFixture.START;

  VersionedKeysTest(Backend backend) {
    super(backend);
  }

  private ManagedObjectView activeKey(String keyName) throws KmipException {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(
                algorithm(CryptographicAlgorithm.AES),
                length(128),
                name(keyName),
                Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x0C),
                Ttlv.dateTime(Tag.ACTIVATION_DATE, START)));
    assertThat(k.state()).isEqualTo(State.ACTIVE);
    return k;
  }

  private List<String> locate(Ttlv... criteria) throws KmipException {
    return locate(attrs(criteria));
  }

  private List<String> locate(AttributeSet criteria) throws KmipException {
    return service
        .locate(
            ALICE,
            LocateCriteria.fromAttributes(
                criteria, OptionalInt.empty(), 0, OptionalInt.empty(), fx.clock.instant()))
        .ids();
  }

  @Test
  void rekeyMakesTheNextVersionAndLinksThem() throws Exception {
    ManagedObjectView v0 = activeKey("payments");
    fx.clock.advance(Duration.ofDays(30));
    ManagedObjectView v1 = service.rekey(ALICE, v0.id(), RekeyRequest.defaults());
    ManagedObjectView old = service.get(ALICE, v0.id());

    assertThat(v1.id()).isNotEqualTo(v0.id());
    assertThat(v1.object().keyName()).contains("payments");
    assertThat(v1.object().keyVersion()).isEqualTo(1);
    assertThat(v1.attributes().first(VersionedKeys.VERSION))
        .contains(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 1));
    assertThat(old.attributes().first(VersionedKeys.VERSION))
        .contains(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 0));
    // Every version keeps the name.
    assertThat(KeyService.names(v1.attributes())).containsExactly("payments");
    assertThat(KeyService.names(old.attributes())).containsExactly("payments");
    assertThat(linked(old, LinkType.REPLACEMENT_OBJECT_LINK)).containsExactly(v1.id());
    assertThat(linked(v1, LinkType.REPLACED_OBJECT_LINK)).containsExactly(v0.id());
    // Same algorithm, length, usage mask and owner; new material and dates.
    for (Tag t :
        new Tag[] {
          Tag.CRYPTOGRAPHIC_ALGORITHM, Tag.CRYPTOGRAPHIC_LENGTH, Tag.CRYPTOGRAPHIC_USAGE_MASK
        }) {
      assertThat(v1.attributes().all(t)).as(t.specName()).isEqualTo(v0.attributes().all(t));
    }
    assertThat(v1.object().owner()).isEqualTo(v0.object().owner());
    assertThat(v1.attributes().date(Tag.INITIAL_DATE)).contains(START.plus(Duration.ofDays(30)));
    assertThat(v1.attributes().all(Tag.DIGEST)).isNotEqualTo(v0.attributes().all(Tag.DIGEST));
    assertThat(service.openMaterial(ALICE, v1.id(), MaterialUse.EXPORT).bytes())
        .isNotEqualTo(service.openMaterial(ALICE, v0.id(), MaterialUse.EXPORT).bytes());
    // Without an Offset the dates are copied (KMIP 2.1 §6.1.46): the new version is Active too.
    assertThat(v1.attributes().date(Tag.ACTIVATION_DATE)).contains(START);
    assertThat(v1.state()).isEqualTo(State.ACTIVE);
    // The server default keeps the old version's state.
    assertThat(old.state()).isEqualTo(State.ACTIVE);
    assertThat(service.versions(ALICE, "payments"))
        .extracting(ManagedObjectView::id)
        .containsExactly(v0.id(), v1.id());
  }

  @Test
  void anOffsetMovesTheNewDates() throws Exception {
    ManagedObjectView v0 =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(
                name("moving"),
                Ttlv.dateTime(Tag.ACTIVATION_DATE, START),
                Ttlv.dateTime(Tag.PROTECT_STOP_DATE, START.plus(Duration.ofDays(60))),
                Ttlv.dateTime(Tag.DEACTIVATION_DATE, START.plus(Duration.ofDays(90)))));
    fx.clock.advance(Duration.ofDays(10));
    Instant now = fx.clock.instant();
    ManagedObjectView v1 =
        service.rekey(ALICE, v0.id(), RekeyRequest.defaults().withOffset(Duration.ofDays(1)));
    Instant at2 = now.plus(Duration.ofDays(1));
    Duration moved = Duration.between(START, at2);
    assertThat(v1.attributes().date(Tag.ACTIVATION_DATE)).contains(at2);
    assertThat(v1.attributes().date(Tag.PROTECT_STOP_DATE))
        .contains(START.plus(Duration.ofDays(60)).plus(moved));
    assertThat(v1.attributes().date(Tag.DEACTIVATION_DATE))
        .contains(START.plus(Duration.ofDays(90)).plus(moved));
    assertThat(v1.state()).isEqualTo(State.PRE_ACTIVE);
    assertRefused(
        () ->
            service.rekey(
                ALICE,
                v1.id(),
                RekeyRequest.defaults()
                    .withOffset(Duration.ofDays(1))
                    .withAttributes(attrs(Ttlv.dateTime(Tag.ACTIVATION_DATE, now)))),
        ResultReason.INVALID_MESSAGE);
  }

  @Test
  void theOldVersionIsTreatedAsAsked() throws Exception {
    ManagedObjectView a = activeKey("keep");
    service.rekey(ALICE, a.id(), RekeyRequest.defaults().withOldVersion(OldVersion.keepState()));
    assertThat(service.get(ALICE, a.id()).state()).isEqualTo(State.ACTIVE);

    ManagedObjectView b = activeKey("now");
    fx.clock.advance(Duration.ofMinutes(5));
    service.rekey(
        ALICE, b.id(), RekeyRequest.defaults().withOldVersion(OldVersion.deactivateNow()));
    ManagedObjectView bOld = service.get(ALICE, b.id());
    assertThat(bOld.state()).isEqualTo(State.DEACTIVATED);
    assertThat(bOld.attributes().date(Tag.DEACTIVATION_DATE)).contains(fx.clock.instant());

    ManagedObjectView c = activeKey("grace");
    service.rekey(
        ALICE,
        c.id(),
        RekeyRequest.defaults().withOldVersion(OldVersion.deactivateAfter(Duration.ofDays(7))));
    ManagedObjectView cOld = service.get(ALICE, c.id());
    assertThat(cOld.state()).isEqualTo(State.ACTIVE);
    assertThat(cOld.attributes().date(Tag.DEACTIVATION_DATE))
        .contains(fx.clock.instant().plus(Duration.ofDays(7)));
    fx.clock.advance(Duration.ofDays(7));
    assertThat(service.get(ALICE, c.id()).state()).isEqualTo(State.DEACTIVATED);

    KeyService deactivating =
        fx.service(KeyServiceSettings.defaults().withRekeyOldVersion(OldVersion.deactivateNow()));
    ManagedObjectView d = activeKey("policy");
    deactivating.rekey(ALICE, d.id(), RekeyRequest.defaults());
    assertThat(service.get(ALICE, d.id()).state()).isEqualTo(State.DEACTIVATED);
  }

  @Test
  void aNewVersionKeepsAlgorithmAndLength() throws Exception {
    ManagedObjectView k = activeKey("fixed");
    assertRefused(
        () ->
            service.rekey(
                ALICE, k.id(), RekeyRequest.defaults().withAttributes(attrs(length(256)))),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.rekey(
                ALICE,
                k.id(),
                RekeyRequest.defaults()
                    .withAttributes(attrs(algorithm(CryptographicAlgorithm.HMAC_SHA256)))),
        ResultReason.INVALID_FIELD);
    CreatedKeyPair pair =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.EC)),
            AttributeSet.empty(),
            AttributeSet.empty());
    assertRefused(
        () -> service.rekey(ALICE, pair.privateKey().id(), RekeyRequest.defaults()),
        ResultReason.INVALID_OBJECT_TYPE);
    ManagedObjectView archived = activeKey("cold");
    service.archive(ALICE, archived.id());
    assertRefused(
        () -> service.rekey(ALICE, archived.id(), RekeyRequest.defaults()),
        ResultReason.OBJECT_ARCHIVED);
  }

  @Test
  void locateFindsTheNewestUsableVersionUnlessAskedOtherwise() throws Exception {
    ManagedObjectView v0 = activeKey("db");
    ManagedObjectView v1 = service.rekey(ALICE, v0.id(), RekeyRequest.defaults());
    // v2 is made with an Offset: Pre-Active for a day.
    ManagedObjectView v2 =
        service.rekey(ALICE, v1.id(), RekeyRequest.defaults().withOffset(Duration.ofDays(1)));
    activeKey("other");

    assertThat(locate(name("db"))).containsExactly(v1.id());
    assertThat(
            locate(
                AttributeSet.builder()
                    .add(name("db"))
                    .add(VersionedKeys.ALL_VERSIONS, Ttlv.bool(Tag.ATTRIBUTE_VALUE, true))
                    .build()))
        .containsExactly(v2.id(), v1.id(), v0.id()); // newest first
    assertThat(
            locate(
                AttributeSet.builder()
                    .add(name("db"))
                    .add(VersionedKeys.VERSION, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 0))
                    .build()))
        .containsExactly(v0.id());
    fx.clock.advance(Duration.ofDays(1));
    assertThat(locate(name("db"))).containsExactly(v2.id());
    // Re-keying an older version still makes the next version of the key.
    ManagedObjectView v3 = service.rekey(ALICE, v0.id(), RekeyRequest.defaults());
    assertThat(v3.object().keyVersion()).isEqualTo(3);
  }

  @Test
  void anUnnamedKeyIsReplacedButNotVersioned() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    ManagedObjectView r = service.rekey(ALICE, k.id(), RekeyRequest.defaults());
    assertThat(r.object().keyName()).isEmpty();
    assertThat(r.attributes().contains(VersionedKeys.VERSION)).isFalse();
    assertThat(linked(r, LinkType.REPLACED_OBJECT_LINK)).containsExactly(k.id());
  }

  @Test
  void rekeyKeyPairReplacesBothKeys() throws Exception {
    CreatedKeyPair p0 =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.ECDSA), length(256)),
            attrs(name("tls")),
            attrs(name("tls.pub")));
    CreatedKeyPair p1 = service.rekeyKeyPair(ALICE, p0.privateKey().id(), RekeyRequest.defaults());
    assertThat(p1.privateKey().object().keyVersion()).isEqualTo(1);
    assertThat(p1.publicKey().object().keyVersion()).isEqualTo(1);
    assertThat(p1.privateKey().object().keyName()).contains("tls");
    assertThat(p1.publicKey().object().keyName()).contains("tls.pub");
    assertThat(linked(p1.privateKey(), LinkType.PUBLIC_KEY_LINK))
        .containsExactly(p1.publicKey().id());
    assertThat(linked(p1.publicKey(), LinkType.PRIVATE_KEY_LINK))
        .containsExactly(p1.privateKey().id());
    assertThat(linked(p1.privateKey(), LinkType.REPLACED_OBJECT_LINK))
        .containsExactly(p0.privateKey().id());
    assertThat(linked(p1.publicKey(), LinkType.REPLACED_OBJECT_LINK))
        .containsExactly(p0.publicKey().id());
    assertThat(linked(service.get(ALICE, p0.privateKey().id()), LinkType.REPLACEMENT_OBJECT_LINK))
        .containsExactly(p1.privateKey().id());
    assertThat(linked(service.get(ALICE, p0.publicKey().id()), LinkType.REPLACEMENT_OBJECT_LINK))
        .containsExactly(p1.publicKey().id());
    // The new pair's old links are not copied.
    assertThat(linked(p1.privateKey(), LinkType.PUBLIC_KEY_LINK)).hasSize(1);
    assertRefused(
        () -> service.rekeyKeyPair(ALICE, p0.publicKey().id(), RekeyRequest.defaults()),
        ResultReason.INVALID_OBJECT_TYPE);
  }

  @Test
  void aVersionedKeyHasAtMost4000Versions() throws Exception {
    ManagedObjectView v0 = activeKey("busy");
    ManagedObject first = fx.store.get(v0.id()).orElseThrow();
    // Versions 1 to 3998 are written directly: what matters is the limit, not 4000 key
    // generations. They are submitted together so that the SQLite replicator can batch them.
    List<CompletableFuture<CommandResult>> pending = new ArrayList<>();
    for (int v = 1; v <= ManagedObject.MAX_VERSION - 1; v++) {
      ManagedObject copy =
          new ManagedObject(
              "busy-" + v,
              first.objectType(),
              first.attributes().toBuilder()
                  .set(Ttlv.text(Tag.UNIQUE_IDENTIFIER, "busy-" + v))
                  .build(),
              first.owner(),
              first.keyName(),
              v,
              first.materialState(),
              first.material(),
              1);
      pending.add(fx.replicator.submit(new PutObject(copy)));
    }
    for (CompletableFuture<CommandResult> f : pending) {
      assertThat(f.get(60, TimeUnit.SECONDS).applied()).isTrue();
    }
    assertThat(fx.store.latestVersion("busy")).hasValue(ManagedObject.MAX_VERSION - 1);
    ManagedObjectView last = service.rekey(ALICE, v0.id(), RekeyRequest.defaults());
    assertThat(last.object().keyVersion()).isEqualTo(3999);
    KmipException e =
        refused(
            () -> service.rekey(ALICE, last.id(), RekeyRequest.defaults()),
            ResultReason.SERVER_LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("4000 versions").contains("busy");
    assertThat(fx.store.latestVersion("busy")).hasValue(3999);
  }

  @Test
  void manyRealRekeysInARow() throws Exception {
    ManagedObjectView v = activeKey("rolling");
    for (int i = 1; i <= 25; i++) {
      fx.clock.advance(Duration.ofSeconds(1));
      v = service.rekey(ALICE, v.id(), RekeyRequest.defaults());
      assertThat(v.object().keyVersion()).isEqualTo(i);
    }
    assertThat(service.versions(ALICE, "rolling")).hasSize(26);
    assertThat(locate(name("rolling"))).containsExactly(v.id());
    assertThat(
            service
                .locate(
                    ALICE,
                    LocateCriteria.fromAttributes(
                        attrs(name("rolling")),
                        OptionalInt.empty(),
                        0,
                        OptionalInt.empty(),
                        fx.clock.instant()))
                .ids())
        .hasSize(1);
  }
}
