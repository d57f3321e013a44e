package dev.arca.server.fips;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.FipsPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's FIPS mode: whether it runs in it now, whether a security officer has asked for the
 * other mode from the next start, and what stands in the way of turning it on.
 *
 * <p><b>Running vs requested.</b> Approved-only mode is a property of the JVM, fixed before BC-FIPS
 * loads, so the mode a node runs in is decided at start ({@link #active()}) and a change ({@link
 * #enable()}, {@link #disable()}) is stored and takes effect at the next start; until then {@link
 * #restartPending()} is true and every report says so.
 *
 * <p><b>Contradictions.</b> FIPS mode is refused while a setting contradicts it: each {@link
 * Precondition} names one such setting and explains it. Parts of the node that FIPS mode constrains
 * (listeners, certificates, global keys, directories) each add theirs with {@link
 * #addPrecondition}.
 */
public final class FipsMode {

  private static final Logger LOG = LoggerFactory.getLogger(FipsMode.class);

  /** The JVM system property BC-FIPS reads once, when it loads, to enter approved-only mode. */
  public static final String APPROVED_ONLY_PROPERTY = "org.bouncycastle.fips.approved_only";

  /**
   * One setting that must hold before FIPS mode can be turned on.
   *
   * <p>Implementations return a sentence naming the setting and what to change, e.g. {@code
   * "listener 'legacy' allows TLSv1.1; allow only TLSv1.3 and TLSv1.2"}.
   */
  @FunctionalInterface
  public interface Precondition {
    /** What contradicts FIPS mode now, if anything. */
    Optional<String> contradiction();
  }

  /** Turning the mode on was refused because settings contradict it. */
  public static final class ContradictionException extends Exception {
    private final List<String> contradictions;

    ContradictionException(List<String> contradictions) {
      super(
          "FIPS mode cannot be turned on while settings contradict it: "
              + String.join("; ", contradictions));
      this.contradictions = List.copyOf(contradictions);
    }

    /** Each contradiction, one sentence each. */
    public List<String> contradictions() {
      return contradictions;
    }
  }

  private final boolean active;
  private final boolean configured;
  private final CryptoModule module;
  private final FipsSettingStore settings;
  private final List<Precondition> preconditions = new CopyOnWriteArrayList<>();

  /**
   * @param active whether the node runs in FIPS mode since its start
   * @param configured the configuration file's {@code fips.enabled}, which applies until the mode
   *     is set through the API
   * @param module the cryptographic module
   * @param settings where the requested mode is kept
   */
  public FipsMode(
      boolean active, boolean configured, CryptoModule module, FipsSettingStore settings) {
    this.active = active;
    this.configured = configured;
    this.module = Objects.requireNonNull(module, "module");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The mode a node starts in: the stored choice if a security officer made one, else the
   * configuration file's.
   */
  public static boolean requestedAtStart(boolean configured, Optional<Boolean> stored) {
    return stored.orElse(configured);
  }

  /** Whether the node runs in FIPS mode now. */
  public boolean active() {
    return active;
  }

  /** The algorithm policy of the running mode. */
  public FipsPolicy policy() {
    return FipsPolicy.of(active);
  }

  /** The mode the node starts in next time. */
  public boolean requested() {
    return requestedAtStart(configured, settings.stored());
  }

  /** Whether the requested mode differs from the running one until the node restarts. */
  public boolean restartPending() {
    return requested() != active;
  }

  /** The cryptographic module, for reports. */
  public CryptoModule module() {
    return module;
  }

  /** Adds a setting that must hold before FIPS mode can be turned on. */
  public void addPrecondition(Precondition precondition) {
    preconditions.add(Objects.requireNonNull(precondition, "precondition"));
  }

  /** What contradicts FIPS mode now; empty when it could be turned on. */
  public List<String> contradictions() {
    List<String> out = new ArrayList<>();
    for (Precondition p : preconditions) {
      p.contradiction().ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Requests FIPS mode from the next start.
   *
   * @throws ContradictionException if a setting contradicts it; nothing is stored then
   */
  public void enable() throws ContradictionException {
    List<String> contradictions = contradictions();
    if (!contradictions.isEmpty()) {
      throw new ContradictionException(contradictions);
    }
    settings.store(true);
    LOG.warn(
        "FIPS mode requested; it takes effect when the node restarts{}",
        active ? " (it is already on)" : "");
  }

  /** Requests that the node run outside FIPS mode from the next start. */
  public void disable() {
    settings.store(false);
    LOG.warn(
        "FIPS mode turned off for the next start{}",
        active ? "; it stays on until the restart" : "");
  }
}
