package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceAttributesTest extends ServiceTestBase {

  private static final AttributeKey NAME = AttributeKey.of(Tag.NAME);
  private static final AttributeKey DESCRIPTION = AttributeKey.of(Tag.DESCRIPTION);

  KeyServiceAttributesTest(Backend backend) {
    super(backend);
  }

  @Test
  void addModifyDeleteSetWithLastChangeDate() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    fx.clock.advance(Duration.ofSeconds(7));
    ManagedObjectView added =
        service.addAttribute(ALICE, k.id(), DESCRIPTION, Ttlv.text(Tag.DESCRIPTION, "one"));
    assertThat(added.attributes().text(Tag.DESCRIPTION)).contains("one");
    assertThat(added.attributes().date(Tag.LAST_CHANGE_DATE))
        .contains(KeyServiceFixture.START.plusSeconds(7));
    assertThat(added.object().revision()).isEqualTo(k.object().revision() + 1);
    ManagedObjectView modified =
        service.modifyAttribute(
            ALICE,
            k.id(),
            DESCRIPTION,
            AttributeInstance.only(),
            Ttlv.text(Tag.DESCRIPTION, "two"));
    assertThat(modified.attributes().text(Tag.DESCRIPTION)).contains("two");
    ManagedObjectView set =
        service.setAttribute(ALICE, k.id(), DESCRIPTION, Ttlv.text(Tag.DESCRIPTION, "three"));
    assertThat(set.attributes().text(Tag.DESCRIPTION)).contains("three");
    ManagedObjectView deleted =
        service.deleteAttribute(ALICE, k.id(), DESCRIPTION, AttributeInstance.all());
    assertThat(deleted.attributes().contains(Tag.DESCRIPTION)).isFalse();
    assertThat(service.get(ALICE, k.id()).attributes().contains(Tag.DESCRIPTION)).isFalse();
  }

  @Test
  void theServiceAnswersWithTheRulesTablesReasons() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    assertRefused(
        () ->
            service.modifyAttribute(
                ALICE,
                k.id(),
                AttributeKey.of(Tag.UNIQUE_IDENTIFIER),
                AttributeInstance.only(),
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "other")),
        ResultReason.ATTRIBUTE_READ_ONLY);
    assertRefused(
        () ->
            service.deleteAttribute(
                ALICE, k.id(), AttributeKey.of(Tag.UNIQUE_IDENTIFIER), AttributeInstance.all()),
        ResultReason.ATTRIBUTE_READ_ONLY);
    assertRefused(
        () ->
            service.addAttribute(
                ALICE, k.id(), AttributeKey.of(Tag.CRYPTOGRAPHIC_LENGTH), length(256)),
        ResultReason.READ_ONLY_ATTRIBUTE);
    assertRefused(
        () -> service.deleteAttribute(ALICE, k.id(), DESCRIPTION, AttributeInstance.all()),
        ResultReason.ATTRIBUTE_NOT_FOUND);
    assertRefused(
        () ->
            service.addAttribute(
                ALICE,
                k.id(),
                AttributeKey.of(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS),
                Ttlv.structure(
                    Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
                    Ttlv.enumeration(Tag.RECOMMENDED_CURVE, RecommendedCurve.P_256.code()))),
        ResultReason.INVALID_ATTRIBUTE);
    assertRefused(
        () -> service.addAttribute(ALICE, k.id(), DESCRIPTION, Ttlv.integer(Tag.DESCRIPTION, 1)),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void namesStayUniqueAndTheVersionedKeysNameStays() throws Exception {
    ManagedObjectView k = aes(ALICE, "orders");
    aes(ALICE, "billing");
    ManagedObjectView plain = aes(ALICE, null);
    ManagedObjectView alias = service.addAttribute(ALICE, k.id(), NAME, name("orders-alias"));
    assertThat(KeyService.names(alias.attributes())).containsExactly("orders", "orders-alias");
    assertRefused(
        () -> service.addAttribute(ALICE, plain.id(), NAME, name("orders-alias")),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    assertRefused(
        () -> service.addAttribute(ALICE, plain.id(), NAME, name("billing")),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    // Once the key has a second version, its name names both and stays.
    ManagedObjectView v1 = service.rekey(ALICE, k.id(), RekeyRequest.defaults());
    assertRefused(
        () ->
            service.modifyAttribute(
                ALICE, k.id(), NAME, AttributeInstance.value(name("orders")), name("renamed")),
        ResultReason.ATTRIBUTE_READ_ONLY);
    assertRefused(
        () -> service.deleteAttribute(ALICE, v1.id(), NAME, AttributeInstance.all()),
        ResultReason.ATTRIBUTE_READ_ONLY);
    // Other names come and go.
    ManagedObjectView without =
        service.deleteAttribute(ALICE, k.id(), NAME, AttributeInstance.value(name("orders-alias")));
    assertThat(KeyService.names(without.attributes())).containsExactly("orders");
    // A key with one version may be renamed: the key's name follows, and the old name is free.
    ManagedObjectView single = aes(ALICE, "single");
    ManagedObjectView renamed =
        service.modifyAttribute(
            ALICE, single.id(), NAME, AttributeInstance.value(name("single")), name("solo"));
    assertThat(renamed.object().keyName()).contains("solo");
    assertThat(service.versions(ALICE, "solo"))
        .extracting(ManagedObjectView::id)
        .containsExactly(single.id());
    assertThat(service.versions(ALICE, "single")).isEmpty();
    assertRefused(
        () ->
            service.modifyAttribute(
                ALICE, single.id(), NAME, AttributeInstance.value(name("solo")), name("billing")),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    ManagedObjectView unnamed =
        service.deleteAttribute(ALICE, single.id(), NAME, AttributeInstance.all());
    assertThat(unnamed.object().keyName()).isEmpty();
    assertThat(aes(ALICE, "single").object().keyName()).contains("single");
    // A plain object takes a free name; it does not become a versioned key by it.
    ManagedObjectView named = service.addAttribute(ALICE, plain.id(), NAME, name("free"));
    assertThat(named.object().keyName()).isEmpty();
  }

  @Test
  void customAttributesInBothForms() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    AttributeKey expiry = AttributeKey.customFromV1Name("x-expiry").orElseThrow();
    AttributeKey vendor = AttributeKey.custom("acme.corp", "cost_center");
    Instant when = KeyServiceFixture.START.plus(Duration.ofDays(365));
    service.addAttribute(ALICE, k.id(), expiry, Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, when));
    service.addAttribute(ALICE, k.id(), vendor, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 4711));
    ManagedObjectView v =
        service.addAttribute(ALICE, k.id(), expiry, Ttlv.text(Tag.ATTRIBUTE_VALUE, "also text"));
    assertThat(v.attributes().all(expiry))
        .containsExactly(
            Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, when), Ttlv.text(Tag.ATTRIBUTE_VALUE, "also text"));
    assertThat(v.attributes().first(vendor)).contains(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 4711));
    // The 1.x and 2.x forms name the same attribute.
    assertThat(AttributeKey.custom("x", "expiry")).isEqualTo(expiry);
    ManagedObjectView changed =
        service.modifyAttribute(
            ALICE, k.id(), vendor, AttributeInstance.only(), Ttlv.integer(Tag.ATTRIBUTE_VALUE, 42));
    assertThat(changed.attributes().first(vendor)).contains(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 42));
    service.deleteAttribute(ALICE, k.id(), expiry, AttributeInstance.index(0));
    assertThat(service.get(ALICE, k.id()).attributes().all(expiry))
        .containsExactly(Ttlv.text(Tag.ATTRIBUTE_VALUE, "also text"));
    // Server-defined custom attributes are read-only to clients.
    assertRefused(
        () ->
            service.addAttribute(
                ALICE,
                k.id(),
                AttributeKey.customFromV1Name("y-owner").orElseThrow(),
                Ttlv.text(Tag.ATTRIBUTE_VALUE, "me")),
        ResultReason.READ_ONLY_ATTRIBUTE);
    ManagedObjectView named = aes(ALICE, "versioned");
    assertRefused(
        () ->
            service.modifyAttribute(
                ALICE,
                named.id(),
                VersionedKeys.VERSION,
                AttributeInstance.only(),
                Ttlv.integer(Tag.ATTRIBUTE_VALUE, 9)),
        ResultReason.ATTRIBUTE_READ_ONLY);
    // Given at creation, typed custom values are kept too.
    ManagedObjectView created =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            AttributeSet.builder()
                .add(expiry, Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, when))
                .add(vendor, Ttlv.bool(Tag.ATTRIBUTE_VALUE, true))
                .build());
    assertThat(created.attributes().first(expiry))
        .contains(Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, when));
    assertThat(created.attributes().first(vendor)).contains(Ttlv.bool(Tag.ATTRIBUTE_VALUE, true));
  }

  @Test
  void concurrentChangesToOneObjectAreAllKept() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    KeyService patient = fx.service(KeyServiceSettings.defaults().withConflictRetries(100));
    int threads = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    patient.addAttribute(
                        ALICE,
                        k.id(),
                        AttributeKey.of(Tag.OBJECT_GROUP),
                        Ttlv.text(Tag.OBJECT_GROUP, "g-" + thread + "-" + i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    ManagedObjectView after = service.get(ALICE, k.id());
    assertThat(after.attributes().all(Tag.OBJECT_GROUP)).hasSize(threads * each);
    assertThat(after.object().revision()).isEqualTo(k.object().revision() + threads * each);
  }

  @Test
  void operationPolicyNameIsAcceptedAndKept() throws Exception {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(Ttlv.text(Tag.OPERATION_POLICY_NAME, "default")));
    assertThat(service.get(ALICE, k.id()).attributes().text(Tag.OPERATION_POLICY_NAME))
        .contains("default");
  }
}
