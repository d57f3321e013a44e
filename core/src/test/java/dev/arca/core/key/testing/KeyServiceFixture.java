package dev.arca.core.key.testing;

import dev.arca.core.access.AccessPolicy;
import dev.arca.core.access.Caller;
import dev.arca.core.access.OwnerOnlyAccessPolicy;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.ObjectStore;
import dev.arca.core.store.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** A key service on a chosen store, with a test clock and the shared test master key. */
public final class KeyServiceFixture implements AutoCloseable {

  /** The instant tests start at: a whole second, as KMIP dates are. */
  public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  public static final Caller ALICE = Caller.of("alice");
  public static final Caller BOB = Caller.of("bob");

  public final MutableClock clock = new MutableClock(START);
  public final ObjectStore store;
  public final InterferingReplicator replicator;
  public final KeyService service;
  private final AutoCloseable resources;
  private final Envelope envelope;

  private KeyServiceFixture(
      ObjectStore store,
      Replicator replicator,
      AutoCloseable resources,
      Envelope envelope,
      KeyServiceSettings settings) {
    this.store = store;
    this.replicator = new InterferingReplicator(replicator);
    this.resources = resources;
    this.envelope = envelope;
    this.service = service(settings);
  }

  public static KeyServiceFixture open(Backend backend, Path dir) {
    return open(backend, dir, TestMasterKeys.shared().envelope(), KeyServiceSettings.defaults());
  }

  public static KeyServiceFixture open(
      Backend backend, Path dir, Envelope envelope, KeyServiceSettings settings) {
    switch (backend) {
      case IN_MEMORY:
        {
          InMemoryObjectStore s = new InMemoryObjectStore();
          return new KeyServiceFixture(s, new InMemoryReplicator(s), () -> {}, envelope, settings);
        }
      case SQLITE:
        {
          SqliteStore s = SqliteStore.open(dir.resolve("store"));
          return new KeyServiceFixture(s, new LocalReplicator(s), s, envelope, settings);
        }
      default:
        throw new IllegalArgumentException(backend.name());
    }
  }

  /** Another key service over the same store and replicator, e.g. with other settings. */
  public KeyService service(KeyServiceSettings settings) {
    return service(settings, new OwnerOnlyAccessPolicy());
  }

  /** Another key service over the same store with another access policy. */
  public KeyService service(KeyServiceSettings settings, AccessPolicy access) {
    return new KeyService(
        store, replicator, TestMasterKeys.crypto(), envelope, access, clock, settings);
  }

  /** Writes an object directly, bypassing the service. */
  public CommandResult put(ManagedObject object) throws Exception {
    return replicator.submit(new PutObject(object)).get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    replicator.close();
    try {
      resources.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the test store", e);
    }
  }
}
