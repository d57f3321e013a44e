package dev.arca.server;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.RewrapReport;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates the node's master key while it serves: a new master key is created and sealed beside the
 * old ones, the PKI's private keys are sealed again under it, and every object's material is
 * re-wrapped under it one compare-and-set at a time. Objects not yet re-wrapped stay readable
 * throughout, because the master key file keeps the old keys.
 */
public final class MasterKeyRotation {

  private static final Logger LOG = LoggerFactory.getLogger(MasterKeyRotation.class);

  private final MasterKeyFile masterKey;
  private final Pki pki;
  private final KeyService keys;

  MasterKeyRotation(MasterKeyFile masterKey, Pki pki, KeyService keys) {
    this.masterKey = masterKey;
    this.pki = pki;
    this.keys = keys;
  }

  /** The id of the master key everything is sealed under now. */
  public int currentKeyId() {
    return masterKey.currentKeyId();
  }

  /**
   * Creates the next master key and moves everything onto it.
   *
   * @return what the re-wrap did; objects it could not re-wrap are named, still readable under the
   *     old key, and are moved by the next rotation or re-wrap
   */
  public synchronized RewrapReport rotate() throws CryptoException, PkiException {
    int before = masterKey.currentKeyId();
    masterKey.rotate();
    pki.reseal();
    RewrapReport report = keys.rewrapToCurrentMasterKey();
    LOG.info(
        "Master key rotated from {} to {}: {} objects scanned, {} re-wrapped, {} not re-wrapped",
        before,
        report.masterKeyId(),
        report.scanned(),
        report.rewrapped(),
        report.failedIds().size());
    return report;
  }
}
