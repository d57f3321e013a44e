package dev.arca.core.crypto;

import java.time.Instant;

/**
 * The outcome of one self-test, as the FIPS status report shows it.
 *
 * @param name the test, e.g. {@code AES-GCM} or {@code PCT RSA-2048}
 * @param kind power-up (run at start) or conditional (run when a key pair is generated)
 * @param time when the test finished
 * @param passed whether it passed
 * @param detail what was tested and against which published vector, or why it failed
 */
public record SelfTestResult(String name, Kind kind, Instant time, boolean passed, String detail) {

  /** When a self-test runs (FIPS 140-3 §7.10 / ISO 19790 §7.10.2). */
  public enum Kind {
    /** Run once when the module starts. */
    POWER_UP,
    /** Run when a condition occurs, e.g. a pairwise consistency test on key pair generation. */
    CONDITIONAL
  }
}
