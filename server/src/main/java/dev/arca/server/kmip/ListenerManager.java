package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.tls.TlsMaterial;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a node's KMIP listeners and reconciles them with the configuration while the node runs.
 *
 * <p>{@link #apply} takes the complete list of listeners the node should have. A listener whose
 * name is new is started; one whose name is gone is stopped, closing its connections; one whose
 * bind address or port changed is stopped and bound again; for any other the new settings take
 * effect in place, for the next request on open connections (see {@link KmipListener}). All
 * listeners share the network threads and a bounded pool of worker threads that run the {@link
 * KmipService}.
 *
 * <p>Thread-safe; {@link #apply} and {@link #close} are serialised.
 */
public final class ListenerManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerManager.class);

  private final Transport transport;
  private final Map<String, KmipListener> listeners = new LinkedHashMap<>();
  private final Map<String, ListenerCounters> counters = new HashMap<>();
  private volatile boolean closed;

  /** Starts the shared threads; no listener runs until {@link #apply}. */
  public ListenerManager(KmipService service, TransportSettings settings) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(settings, "settings");
    EventLoopGroup acceptors =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("kmip-accept", true), NioIoHandler.newFactory());
    EventLoopGroup io =
        new MultiThreadIoEventLoopGroup(
            settings.ioThreads(),
            new DefaultThreadFactory("kmip-io", true),
            NioIoHandler.newFactory());
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            settings.workerThreads(),
            settings.workerThreads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.workerQueue()),
            new DefaultThreadFactory("kmip-worker", true));
    workers.allowCoreThreadTimeOut(true);
    this.transport =
        new Transport(
            settings,
            service,
            acceptors,
            io,
            workers,
            new TtlvDecoder(settings.decodeLimits()),
            new TtlvEncoder());
  }

  /**
   * Makes the running listeners match {@code configs}. Listeners that cannot be started (the
   * address is taken, the material cannot be loaded) are left stopped and reported together at the
   * end; the others are applied.
   *
   * @param material the server key, chain and trusted CAs for a listener, from its {@code
   *     serverCertificate} and {@code trustedCaProfile}; called once per listener on every apply
   * @throws IllegalArgumentException when two listeners share a name
   * @throws IllegalStateException naming each listener that could not be started or updated
   */
  public synchronized void apply(
      List<ListenerConfig> configs, Function<ListenerConfig, TlsMaterial> material) {
    if (closed) {
      throw new IllegalStateException("the listener manager is closed");
    }
    Map<String, ListenerConfig> wanted = new LinkedHashMap<>();
    for (ListenerConfig config : configs) {
      if (wanted.put(config.name(), config) != null) {
        throw new IllegalArgumentException("two KMIP listeners are named " + config.name());
      }
    }
    // Stop first what goes away or moves, so that its port is free for another listener.
    for (String name : new ArrayList<>(listeners.keySet())) {
      ListenerConfig next = wanted.get(name);
      KmipListener current = listeners.get(name);
      if (next == null || !current.bindsLike(next)) {
        listeners.remove(name).stop();
        if (next == null) {
          counters.remove(name);
        }
      }
    }
    List<RuntimeException> failures = new ArrayList<>();
    for (ListenerConfig next : wanted.values()) {
      try {
        TlsMaterial nextMaterial =
            Objects.requireNonNull(material.apply(next), "no TLS material for " + next.name());
        KmipListener current = listeners.get(next.name());
        if (current != null) {
          current.update(next, nextMaterial);
        } else {
          KmipListener listener =
              new KmipListener(
                  next,
                  nextMaterial,
                  transport,
                  counters.computeIfAbsent(next.name(), n -> new ListenerCounters()));
          listener.start();
          listeners.put(next.name(), listener);
        }
      } catch (RuntimeException e) {
        LOG.error("KMIP listener {}: {}", next.name(), e.getMessage());
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      IllegalStateException problem =
          new IllegalStateException(
              failures.size()
                  + " KMIP listener(s) could not be applied: "
                  + failures.stream().map(Throwable::getMessage).toList());
      failures.forEach(problem::addSuppressed);
      throw problem;
    }
  }

  /** The running listener with this name. */
  public synchronized Optional<KmipListener> listener(String name) {
    return Optional.ofNullable(listeners.get(name));
  }

  /** The running listeners, in configuration order. */
  public synchronized List<KmipListener> listeners() {
    return List.copyOf(listeners.values());
  }

  /** Stops every listener, closing all connections, and the shared threads. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (KmipListener listener : listeners.values()) {
      listener.stop();
    }
    listeners.clear();
    transport.acceptors().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    transport.io().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    transport.workers().shutdown();
    try {
      if (!transport.workers().awaitTermination(5, TimeUnit.SECONDS)) {
        transport.workers().shutdownNow();
      }
    } catch (InterruptedException e) {
      transport.workers().shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
