package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.store.StoreException;
import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored KMIP listener settings: seeded once from the configuration, then the truth. */
class ListenerSettingsStoreTest {

  private final InMemoryObjectStore records = new InMemoryObjectStore();
  private final InMemoryReplicator replicator = new InMemoryReplicator(records);
  private final ListenerSettingsStore store =
      new ListenerSettingsStore(records, replicator, Duration.ofSeconds(10));

  private static final ListenerConfig EXTERNAL =
      ListenerConfig.defaults("external", "kmip").withAddress("192.0.2.10", 5696);
  private static final ListenerConfig INTERNAL =
      ListenerConfig.defaults("internal", "kmip-internal")
          .withAddress("10.0.0.1", 15696)
          .withAllowed(false, false)
          .withClientAuthentication(
              ClientCertificateMode.TLS_SESSION_AND_USERNAME, CertificateField.UID, true, false);

  @Test
  void theFirstStartSeedsAndLaterStartsReadTheRecords() {
    List<ListenerConfig> configured = List.of(EXTERNAL, INTERNAL);
    assertThat(store.loadOrSeed(configured)).isEqualTo(configured);
    // Order is kept: the first listener stays the default one, whatever the names.
    assertThat(store.list())
        .extracting(s -> s.config().name())
        .containsExactly("external", "internal");
    assertThat(store.get("internal").orElseThrow().config()).isEqualTo(INTERNAL);

    ListenerSettingsStore.Stored stored = store.get("external").orElseThrow();
    assertThat(store.replace(stored, EXTERNAL.withAllowed(true, false))).isTrue();
    // A changed configuration file no longer matters.
    List<ListenerConfig> running = store.loadOrSeed(List.of(ListenerConfig.defaults("other", "x")));
    assertThat(running).extracting(ListenerConfig::name).containsExactly("external", "internal");
    assertThat(running.get(0).allowKeyExport()).isFalse();
    // Written on a stale revision: refused.
    assertThat(store.replace(stored, EXTERNAL)).isFalse();
  }

  @Test
  void aDamagedRecordIsRefusedRatherThanGuessedAt() throws Exception {
    store.loadOrSeed(List.of(EXTERNAL));
    RecordFields f =
        RecordFields.decode(
            records.record(ListenerSettingsStore.key("external")).orElseThrow().body());
    RecordFields.Builder b = RecordFields.builder();
    f.asMap().forEach(b::put);
    b.put("port", "not a port");
    replicator
        .submit(new PutRecord(ListenerSettingsStore.key("external"), b.build().encode(), 2))
        .get();
    assertThatThrownBy(store::list)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("external")
        .hasMessageContaining("port");
  }
}
