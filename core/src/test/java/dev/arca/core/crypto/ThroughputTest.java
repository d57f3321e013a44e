package dev.arca.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Single-thread throughput of the hot paths, printed for the record; nothing is asserted about
 * speed (the numbers depend on the machine). The loops also prove the per-thread engine caches
 * survive many re-initialisations.
 */
class ThroughputTest {

  private static final long BUDGET_NANOS = 700_000_000L;

  private final CryptoService crypto = Fixtures.service();

  @Test
  void envelopeSealAndOpenOfOneKib() throws CryptoException {
    CryptoModule module = Fixtures.module();
    MasterKey key = MasterKey.generate(module, 1);
    Envelope envelope = new Envelope(module, new MasterKeyRing(key, List.of(key)));
    byte[] plain = crypto.randomBytes(1024);
    byte[] aad = Envelope.associatedData("0f8e6c1a-throughput", 1);
    byte[][] sealed = new byte[1][];
    double seals = rate(() -> sealed[0] = envelope.seal(plain, aad));
    double opens = rate(() -> assertThat(envelope.open(sealed[0], aad)).hasSize(1024));
    report("AES-256-GCM envelope seal, 1 KiB", seals);
    report("AES-256-GCM envelope open, 1 KiB", opens);
  }

  @Test
  void serviceGcmOfOneKib() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    byte[] plain = crypto.randomBytes(1024);
    report(
        "AES-256-GCM CryptoService.encrypt, 1 KiB",
        rate(() -> crypto.encrypt(key, CipherSpec.gcm(), plain)));
  }

  @Test
  void rsa2048Sign() throws CryptoException {
    KeyPairMaterial pair = Fixtures.rsaSigningPair();
    SignatureSpec spec = SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256);
    byte[] message = crypto.randomBytes(256);
    report(
        "RSA-2048 PKCS#1 v1.5 SHA-256 sign",
        rate(() -> crypto.sign(pair.privateKey(), spec, message)));
  }

  private static double rate(Operation operation) throws CryptoException {
    // Warm up so the JIT and the per-thread caches are in place, then measure.
    for (int i = 0; i < 200; i++) {
      operation.run();
    }
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() - start < BUDGET_NANOS) {
      operation.run();
      count++;
    }
    return count * 1e9 / (System.nanoTime() - start);
  }

  private static void report(String what, double perSecond) {
    System.out.printf(Locale.ROOT, "THROUGHPUT %-42s %,10.0f ops/s (1 thread)%n", what, perSecond);
    assertThat(perSecond).isPositive();
  }

  @FunctionalInterface
  private interface Operation {
    void run() throws CryptoException;
  }
}
