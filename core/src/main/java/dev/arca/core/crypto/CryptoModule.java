package dev.arca.core.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.bouncycastle.crypto.fips.FipsDRBG;
import org.bouncycastle.crypto.fips.FipsSecureRandom;
import org.bouncycastle.crypto.fips.FipsStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cryptographic module as Arca sees it: the BC-FIPS provider (loaded once per JVM), the
 * module's DRBG, and the record of power-up and conditional self-tests.
 *
 * <p>On start the module runs known-answer tests of every algorithm family the boundary uses. If
 * one fails, or a later conditional test fails, the module enters its error state: every operation
 * then throws {@link CryptoException} with reason {@link CryptoException.Reason#MODULE_ERROR} until
 * the process restarts (FIPS 140-3, ISO 19790 §7.10.1 error state).
 *
 * <p>FIPS approved-only mode is a property of the JVM, fixed before any BC class loads ({@code
 * -Dorg.bouncycastle.fips.approved_only=true}); {@link #isApprovedOnly()} reports it. {@code
 * CryptoServicesRegistrar.setApprovedOnlyMode} is per thread and misses thread pools, so the
 * boundary never calls it.
 *
 * <p>For tests, the system property {@value #FORCE_FAILURE_PROPERTY} names one self-test (or {@code
 * PCT} for the pairwise consistency test) that is forced to fail. The power-up tests read it once,
 * at start; the pairwise consistency test of the shared instance reads it on every key pair, so
 * that a test can start a node normally and then make its next key pair generation fail.
 *
 * <p>Conditional tests that pass are counted rather than listed one by one (a busy node generates
 * many key pairs): {@link #selfTests()} shows one line per conditional test with its count and the
 * time of its last run, and every failure as its own line.
 */
public final class CryptoModule {

  /** System property naming a self-test to force to fail; for tests of the error state only. */
  public static final String FORCE_FAILURE_PROPERTY = "arca.selftest.fail";

  /** Name of the conditional pairwise consistency test, usable with the force switch. */
  public static final String PAIRWISE_CONSISTENCY_TEST = "PCT";

  /** Name of the result of BC-FIPS's own power-up tests, the first in the list. */
  public static final String MODULE_SELF_TESTS = "BC-FIPS";

  /** Name of the continuous health test of the random source, as the status report lists it. */
  public static final String RANDOM_SOURCE_TEST = "ENTROPY-HEALTH";

  private static final Logger LOG = LoggerFactory.getLogger(CryptoModule.class);

  private static volatile CryptoModule shared;

  private final Provider provider;
  private final FipsSecureRandom drbg;
  private final boolean approvedOnly;
  private final String forcedFailure;
  private final boolean liveSwitch;
  private final Instant startedAt = Instant.now();
  private final Object stateLock = new Object();
  private final Map<String, ConditionalTally> conditional = new LinkedHashMap<>();
  private volatile List<SelfTestResult> results = List.of();
  private volatile String errorState;

  /** Whether BC-FIPS's own power-up tests passed (the first result, {@code BC-FIPS}). */
  private volatile boolean moduleTestsPassed = true;

  /** Set on a thread while it opens the node's own state in the error state; see openOwnState. */
  private final ThreadLocal<Boolean> openingOwnState = new ThreadLocal<>();

  /** One step of opening the node's own sealed state; see {@link #openOwnState}. */
  @FunctionalInterface
  public interface OwnStateStep<T, E extends Exception> {
    T run() throws E;
  }

  /** Runs of one conditional test since start. */
  private static final class ConditionalTally {
    long runs;
    long failures;
    Instant last;
    String lastDetail;
  }

  private CryptoModule(
      Provider provider, FipsSecureRandom drbg, String forcedFailure, boolean approvedOnly) {
    this.provider = provider;
    this.drbg = drbg;
    this.approvedOnly = approvedOnly;
    this.forcedFailure = forcedFailure == null || forcedFailure.isBlank() ? null : forcedFailure;
    this.liveSwitch = false;
  }

  private CryptoModule(CryptoModule started) {
    this.provider = started.provider;
    this.drbg = started.drbg;
    this.approvedOnly = started.approvedOnly;
    this.forcedFailure = started.forcedFailure;
    this.liveSwitch = true;
    this.results = started.results;
    this.errorState = started.errorState;
    this.moduleTestsPassed = started.moduleTestsPassed;
  }

  /**
   * The module of this process, started (provider loaded, self-tests run) on first use. Never
   * throws: a failure to start leaves the module in its error state, which every operation and the
   * FIPS status report show.
   */
  public static CryptoModule instance() {
    CryptoModule module = shared;
    if (module == null) {
      synchronized (CryptoModule.class) {
        module = shared;
        if (module == null) {
          module = startFromSystemProperties();
          shared = module;
        }
      }
    }
    return module;
  }

  /** Starts an instance honouring the {@value #FORCE_FAILURE_PROPERTY} test switch. */
  static CryptoModule startFromSystemProperties() {
    return new CryptoModule(start(System.getProperty(FORCE_FAILURE_PROPERTY)));
  }

  /**
   * Starts a module instance with its own self-test record and error state. The provider itself is
   * still loaded once per JVM; tests use separate instances to force failures without breaking the
   * shared one.
   */
  static CryptoModule start(String forcedFailure) {
    Instant started = Instant.now();
    Provider provider;
    FipsSecureRandom drbg;
    boolean approvedOnly;
    try {
      provider = Jca.provider();
      drbg = newDrbg();
      approvedOnly = CryptoServicesRegistrar.isInApprovedOnlyMode();
    } catch (RuntimeException | AssertionError | LinkageError e) {
      // FipsOperationError is an AssertionError; a failed static initialiser a LinkageError.
      // A broken module must still answer "error state" instead of crashing its callers.
      CryptoModule broken =
          new CryptoModule(
              null, null, forcedFailure, Boolean.getBoolean("org.bouncycastle.fips.approved_only"));
      broken.record(
          new SelfTestResult(
              MODULE_SELF_TESTS, SelfTestResult.Kind.POWER_UP, Instant.now(), false, e.toString()));
      broken.errorState = "BC-FIPS provider failed to start: " + e.getClass().getSimpleName();
      LOG.error("Cryptographic module failed to start; it is in the error state", e);
      return broken;
    }
    CryptoModule module = new CryptoModule(provider, drbg, forcedFailure, approvedOnly);
    for (SelfTestResult result : SelfTests.runPowerUp(module)) {
      module.record(result);
      if (!result.passed() && module.errorState == null) {
        module.errorState = "self-test " + result.name() + " failed";
      }
      if (!result.passed() && result.name().equals(MODULE_SELF_TESTS)) {
        module.moduleTestsPassed = false;
      }
    }
    long failed = module.results.stream().filter(r -> !r.passed()).count();
    if (failed == 0) {
      LOG.info(
          "Cryptographic module {} {} ready: {} power-up self-tests passed in {} ms, "
              + "approved-only mode {}",
          module.moduleName(),
          module.moduleVersion(),
          module.results.size(),
          java.time.Duration.between(started, Instant.now()).toMillis(),
          module.approvedOnly ? "on" : "off");
    } else {
      LOG.error(
          "Cryptographic module in error state: {} of {} power-up self-tests failed ({})",
          failed,
          module.results.size(),
          module.errorState);
    }
    return module;
  }

  /**
   * A Hash_DRBG with SHA-512 (SP 800-90A Rev. 1 §10.1.1), the BC-FIPS provider's own default,
   * seeded from the module's default entropy source. Every GCM seal draws its IV here, and
   * Hash_DRBG draws small outputs about three times faster than HMAC_DRBG through BC-FIPS. The
   * personalization string and nonce keep instances in different processes and module instances
   * distinct even if the entropy source misbehaved.
   */
  private static FipsSecureRandom newDrbg() {
    byte[] personalization =
        ("arca-core-drbg/" + ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
    byte[] nonce =
        ByteBuffer.allocate(24)
            .putLong(System.nanoTime())
            .putLong(System.currentTimeMillis())
            .putLong(Thread.currentThread().getId())
            .array();
    return FipsDRBG.SHA512
        .fromDefaultEntropy()
        .setSecurityStrength(256)
        .setPersonalizationString(personalization)
        .build(nonce, false);
  }

  /** Whether the JVM runs BC-FIPS in approved-only mode. */
  public boolean isApprovedOnly() {
    return approvedOnly;
  }

  /**
   * The module's DRBG (SP 800-90A Hash_DRBG with SHA-512, 256-bit security strength). Thread-safe.
   * Key generation, IVs and nonces inside the boundary all come from it.
   */
  public SecureRandom secureRandom() {
    return drbg;
  }

  /** The provider name, {@code BCFIPS}. */
  public String moduleName() {
    return provider == null ? Jca.PROVIDER_NAME : provider.getName();
  }

  /** The BC-FIPS release, e.g. {@code 2.1.2}, from the jar manifest or the provider info. */
  public String moduleVersion() {
    if (provider == null) {
      return "unknown";
    }
    String version = provider.getClass().getPackage().getImplementationVersion();
    return version != null ? version : provider.getVersionStr();
  }

  /**
   * All self-test results so far, in order: the power-up tests, then one line per conditional test
   * (how often it ran and passed since start, and when last), then every conditional failure.
   * Immutable snapshot.
   */
  public List<SelfTestResult> selfTests() {
    List<SelfTestResult> out = new ArrayList<>();
    synchronized (stateLock) {
      List<SelfTestResult> failures = new ArrayList<>();
      for (SelfTestResult r : results) {
        (r.kind() == SelfTestResult.Kind.POWER_UP ? out : failures).add(r);
      }
      out.add(randomSourceTest());
      for (Map.Entry<String, ConditionalTally> e : conditional.entrySet()) {
        ConditionalTally t = e.getValue();
        out.add(
            new SelfTestResult(
                e.getKey(),
                SelfTestResult.Kind.CONDITIONAL,
                t.last,
                t.failures == 0,
                t.runs + " run(s) since start, " + t.failures + " failed; last: " + t.lastDetail));
      }
      if (!conditional.containsKey(PAIRWISE_CONSISTENCY_TEST)) {
        out.add(
            new SelfTestResult(
                PAIRWISE_CONSISTENCY_TEST,
                SelfTestResult.Kind.CONDITIONAL,
                startedAt,
                true,
                "pairwise consistency test of every generated key pair; no key pair generated"
                    + " since start"));
      }
      out.addAll(failures);
    }
    return List.copyOf(out);
  }

  /**
   * The continuous health test of the random source: BC-FIPS runs the SP 800-90B §4.4 tests
   * (repetition count and adaptive proportion) on every block of entropy its DRBGs draw, and puts
   * the whole module in its error status when one fails; this line reports that status.
   */
  private SelfTestResult randomSourceTest() {
    boolean healthy = provider != null && !FipsStatus.isErrorStatus();
    return new SelfTestResult(
        RANDOM_SOURCE_TEST,
        SelfTestResult.Kind.CONDITIONAL,
        healthy ? Instant.now() : startedAt,
        healthy,
        "SP 800-90B §4.4 repetition count and adaptive proportion tests on every entropy block"
            + " (run by BC-FIPS continuously)"
            + (healthy ? "" : ": " + FipsStatus.getStatusMessage()));
  }

  /**
   * Whether BC-FIPS itself is ready: loaded, its own power-up tests (integrity and known answers)
   * passed, and not in its error status. TLS runs inside BC-FIPS on this alone; Arca's own
   * self-tests, whose failure {@link #isOperational()} reports, guard Arca's key services.
   */
  public boolean isModuleReady() {
    return provider != null && moduleTestsPassed && !FipsStatus.isErrorStatus();
  }

  /**
   * Runs one step of a start in the error state, with Arca's error state lifted on this thread for
   * the length of the step: opening the master key file and the node's own TLS keys, so that the
   * status server and the admin API can answer for diagnosis. BC-FIPS's own error status still
   * refuses, and nothing else is lifted: other threads, and every call after the step, stay
   * refused. The steps open what exists and build in-memory state; they create nothing that is
   * stored or leaves the node.
   */
  public <T, E extends Exception> T openOwnState(OwnStateStep<T, E> step) throws E {
    Boolean previous = openingOwnState.get();
    openingOwnState.set(Boolean.TRUE);
    try {
      return step.run();
    } finally {
      if (previous == null) {
        openingOwnState.remove();
      } else {
        openingOwnState.set(previous);
      }
    }
  }

  /** Whether the module can be used (no self-test has failed). */
  public boolean isOperational() {
    return errorState == null && !FipsStatus.isErrorStatus();
  }

  /** Why the module is in its error state, if it is. */
  public Optional<String> errorState() {
    if (errorState != null) {
      return Optional.of(errorState);
    }
    if (FipsStatus.isErrorStatus()) {
      return Optional.of("BC-FIPS module error: " + FipsStatus.getStatusMessage());
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CryptoModule["
        + moduleName()
        + " "
        + moduleVersion()
        + (approvedOnly ? ", approved-only" : "")
        + (errorState == null ? "" : ", error state")
        + "]";
  }

  // ---- internals ---------------------------------------------------------------------------

  Provider provider() {
    return provider;
  }

  FipsSecureRandom drbg() {
    return drbg;
  }

  /**
   * Throws unless the module is operational, or this thread is in an {@link #openOwnState} step and
   * BC-FIPS itself is ready. Called first by every operation.
   */
  public void checkOperational() throws CryptoException {
    Optional<String> error = errorState();
    if (error.isPresent() && !(Boolean.TRUE.equals(openingOwnState.get()) && isModuleReady())) {
      throw new CryptoException(
          CryptoException.Reason.MODULE_ERROR,
          "cryptographic module in error state: " + error.get());
    }
  }

  /** Whether the test switch forces {@code testName} to fail in this instance. */
  boolean forcedToFail(String testName) {
    if (testName.equals(forcedFailure)) {
      return true;
    }
    return liveSwitch
        && testName.equals(PAIRWISE_CONSISTENCY_TEST)
        && testName.equals(System.getProperty(FORCE_FAILURE_PROPERTY));
  }

  /**
   * Records a run of a conditional self-test; a failure is also listed on its own and puts the
   * module in its error state.
   *
   * @param test the test, e.g. {@value #PAIRWISE_CONSISTENCY_TEST}
   * @param subject what it ran on, e.g. {@code RSA-3072}
   */
  void recordConditional(String test, String subject, boolean passed, String detail) {
    Instant now = Instant.now();
    synchronized (stateLock) {
      ConditionalTally tally = conditional.computeIfAbsent(test, t -> new ConditionalTally());
      tally.runs++;
      tally.failures += passed ? 0 : 1;
      tally.last = now;
      tally.lastDetail = subject + ", " + (passed ? "passed" : "FAILED");
    }
    if (!passed) {
      record(
          new SelfTestResult(
              test + " " + subject, SelfTestResult.Kind.CONDITIONAL, now, false, detail));
      enterErrorState("self-test " + test + " " + subject + " failed");
    }
  }

  /** Enters the error state; the first reason is kept. */
  void enterErrorState(String reason) {
    synchronized (stateLock) {
      if (errorState == null) {
        errorState = reason;
        LOG.error("Cryptographic module entered its error state: {}", reason);
      }
    }
  }

  private void record(SelfTestResult result) {
    synchronized (stateLock) {
      List<SelfTestResult> next = new ArrayList<>(results.size() + 1);
      next.addAll(results);
      next.add(result);
      results = List.copyOf(next);
    }
  }
}
