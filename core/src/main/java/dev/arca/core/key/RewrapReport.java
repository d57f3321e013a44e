package dev.arca.core.key;

import java.util.List;

/**
 * What re-wrapping the stored key material under the current master key did.
 *
 * @param masterKeyId the master key everything was moved to
 * @param scanned how many times an object was looked at; a second pass, run when the first changed
 *     something, looks at each object again
 * @param rewrapped how many had their material sealed again under {@code masterKeyId}
 * @param failedIds the objects whose material could not be re-wrapped (it did not open, or kept
 *     changing); while any remain, the older master key must be kept
 */
public record RewrapReport(int masterKeyId, long scanned, long rewrapped, List<String> failedIds) {

  public RewrapReport {
    failedIds = List.copyOf(failedIds);
  }

  /** Whether every object's material is now under {@link #masterKeyId}. */
  public boolean complete() {
    return failedIds.isEmpty();
  }
}
