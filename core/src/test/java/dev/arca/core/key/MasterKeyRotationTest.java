package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.access.Caller;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.core.state.PutObject;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class MasterKeyRotationTest {

  private static final Caller ALICE = KeyServiceFixture.ALICE;

  private final Backend backend;
  @TempDir Path dir;
  private MasterKeyFile masterKeys;
  private KeyServiceFixture fx;
  private KeyService service;

  MasterKeyRotationTest(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void open() throws Exception {
    Files.createDirectories(dir.resolve("mk"));
    masterKeys = TestMasterKeys.open(dir.resolve("mk"));
    fx = KeyServiceFixture.open(backend, dir, masterKeys.envelope(), KeyServiceSettings.defaults());
    service = fx.service;
  }

  @AfterEach
  void close() throws Exception {
    fx.close();
    masterKeys.close();
  }

  private Map<String, byte[]> populate() throws Exception {
    Map<String, byte[]> clear = new LinkedHashMap<>();
    ManagedObjectView aes = service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    CreatedKeyPair pair =
        service.createKeyPair(
            ALICE,
            AttributeSet.builder()
                .add(
                    Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.EC.code()))
                .build(),
            AttributeSet.empty(),
            AttributeSet.empty());
    ManagedObjectView secret =
        service.register(
            ALICE,
            ObjectType.SECRET_DATA,
            AttributeSet.empty(),
            ClearMaterial.secretData(SecretDataType.PASSWORD.code(), new byte[] {1, 2, 3}));
    ManagedObjectView cert =
        service.register(
            ALICE,
            ObjectType.CERTIFICATE,
            AttributeSet.empty(),
            ClearMaterial.x509(ServiceTestBase.CERTIFICATE));
    for (String id :
        List.of(aes.id(), pair.privateKey().id(), pair.publicKey().id(), secret.id(), cert.id())) {
      clear.put(id, service.openMaterial(ALICE, id, MaterialUse.EXPORT).bytes());
    }
    ManagedObjectView archived =
        service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    clear.put(
        archived.id(), service.openMaterial(ALICE, archived.id(), MaterialUse.EXPORT).bytes());
    service.archive(ALICE, archived.id());
    ManagedObjectView destroyed =
        service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    service.destroy(ALICE, destroyed.id());
    return clear;
  }

  private int keyIdOf(String id) throws Exception {
    return Envelope.keyIdOf(fx.store.get(id).orElseThrow().material().orElseThrow().envelope());
  }

  @Test
  void everyObjectMovesToTheNewMasterKeyAndStillOpens() throws Exception {
    Map<String, byte[]> clear = populate();
    for (String id : clear.keySet()) {
      assertThat(keyIdOf(id)).isEqualTo(1);
    }
    Map<String, Long> lastChange = new LinkedHashMap<>();
    for (String id : clear.keySet()) {
      lastChange.put(
          id,
          fx.store
              .get(id)
              .orElseThrow()
              .attributes()
              .date(Tag.LAST_CHANGE_DATE)
              .orElseThrow()
              .getEpochSecond());
    }
    fx.clock.advance(Duration.ofHours(1));
    masterKeys.rotate();
    assertThat(masterKeys.currentKeyId()).isEqualTo(2);
    // Material sealed before the rewrap still opens with the old key, which the file keeps.
    String first = clear.keySet().iterator().next();
    assertThat(service.openMaterial(ALICE, first, MaterialUse.EXPORT).bytes())
        .isEqualTo(clear.get(first));

    RewrapReport report = service.rewrapToCurrentMasterKey();
    assertThat(report.complete()).isTrue();
    assertThat(report.masterKeyId()).isEqualTo(2);
    assertThat(report.rewrapped()).isEqualTo(clear.size());
    assertThat(report.scanned()).isGreaterThanOrEqualTo(clear.size() + 1);
    for (Map.Entry<String, byte[]> e : clear.entrySet()) {
      String id = e.getKey();
      assertThat(keyIdOf(id)).as(id).isEqualTo(2);
      // Re-wrapping is not a change of the object: Last Change Date stays.
      assertThat(
              fx.store
                  .get(id)
                  .orElseThrow()
                  .attributes()
                  .date(Tag.LAST_CHANGE_DATE)
                  .orElseThrow()
                  .getEpochSecond())
          .isEqualTo(lastChange.get(id));
      if (fx.store.get(id).orElseThrow().materialState() == MaterialState.ARCHIVED) {
        service.recover(ALICE, id);
      }
      assertThat(service.openMaterial(ALICE, id, MaterialUse.EXPORT).bytes())
          .as(id)
          .isEqualTo(e.getValue());
    }
    // A second run finds nothing left to do.
    RewrapReport again = service.rewrapToCurrentMasterKey();
    assertThat(again.rewrapped()).isZero();
    assertThat(again.complete()).isTrue();
  }

  @Test
  void concurrentChangesDuringTheRewrapAreKept() throws Exception {
    Map<String, byte[]> clear = populate();
    masterKeys.rotate();
    String target = clear.keySet().iterator().next();
    // Just before the rewrap's first write, another writer changes the object it is about to
    // write; the rewrap must rebuild on that change, not overwrite it.
    fx.replicator.interfere(
        1,
        r -> {
          ManagedObject o = fx.store.get(target).orElseThrow();
          AttributeSet a =
              o.attributes().toBuilder()
                  .set(Ttlv.text(Tag.DESCRIPTION, "written meanwhile"))
                  .build();
          r.submit(new PutObject(o.withAttributes(a))).get();
        });
    RewrapReport report = service.rewrapToCurrentMasterKey();
    assertThat(report.complete()).isTrue();
    ManagedObject after = fx.store.get(target).orElseThrow();
    assertThat(after.attributes().text(Tag.DESCRIPTION)).contains("written meanwhile");
    assertThat(keyIdOf(target)).isEqualTo(2);
    assertThat(service.openMaterial(ALICE, target, MaterialUse.EXPORT).bytes())
        .isEqualTo(clear.get(target));
  }

  @Test
  void materialThatDoesNotOpenIsReportedAndLeftAlone() throws Exception {
    populate();
    byte[] forged = new byte[64];
    forged[0] = Envelope.VERSION;
    forged[4] = 1; // master key 1
    ManagedObject broken =
        new ManagedObject(
            UUID.randomUUID().toString(),
            ObjectType.SYMMETRIC_KEY,
            AttributeSet.empty(),
            Optional.of("alice"),
            Optional.empty(),
            0,
            MaterialState.ONLINE,
            Optional.of(new SealedMaterial(KeyFormatType.RAW, forged)),
            1);
    fx.put(broken);
    masterKeys.rotate();
    RewrapReport report = service.rewrapToCurrentMasterKey();
    assertThat(report.complete()).isFalse();
    assertThat(report.failedIds()).containsExactly(broken.id());
    assertThat(fx.store.get(broken.id()).orElseThrow().revision()).isEqualTo(1);
  }
}
