package dev.arca.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoException.Reason;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.junit.jupiter.api.Test;

/**
 * BC-FIPS refusals ({@code FipsUnapprovedOperationError}, an Error) become {@link CryptoException}
 * with reason NOT_APPROVED. Production sets approved-only mode JVM-wide; here it is switched on for
 * one throwaway thread so the rest of the test JVM keeps running unrestricted.
 */
class ApprovedOnlyModeTest {

  private final CryptoService crypto = Fixtures.service();

  @Test
  void tripleDesEncryptionIsRefused() throws Exception {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, 168);
    CryptoException e =
        inApprovedOnlyThread(
            () -> crypto.encrypt(key, CipherSpec.cbc(Padding.PKCS5, null), new byte[8]));
    assertThat(e.reason()).isEqualTo(Reason.NOT_APPROVED);
    assertThat(e.getMessage())
        .startsWith("not allowed in FIPS approved-only mode: 3DES-CBC encryption");
  }

  @Test
  void smallRsaKeysAreRefused() throws Exception {
    CryptoException e =
        inApprovedOnlyThread(() -> crypto.generateKeyPair(AsymmetricSpec.rsa(1024)));
    assertThat(e.reason()).isEqualTo(Reason.NOT_APPROVED);
    assertThat(e.getMessage())
        .startsWith("not allowed in FIPS approved-only mode: RSA-1024 key pair generation");
  }

  @Test
  void pkcs1EncryptionIsRefused() throws Exception {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    CryptoException e =
        inApprovedOnlyThread(
            () -> crypto.encrypt(pair.publicKey(), RsaEncryptionSpec.pkcs1v15(), new byte[16]));
    assertThat(e.reason()).isEqualTo(Reason.NOT_APPROVED);
    assertThat(e.getMessage()).contains("RSA-PKCS1V15-ENC encryption");
  }

  @Test
  void shortHmacKeysAreRefused() throws Exception {
    SecretKeyMaterial shortKey = SecretKeyMaterial.of(SymmetricAlgorithm.HMAC_SHA256, new byte[8]);
    CryptoException e =
        inApprovedOnlyThread(() -> crypto.mac(shortKey, MacAlgorithm.HMAC_SHA256, new byte[1]));
    assertThat(e.reason()).isEqualTo(Reason.NOT_APPROVED);
    assertThat(e.getMessage())
        .startsWith("not allowed in FIPS approved-only mode: HMAC-SHA256 computation")
        .contains("at least 112 bits");
  }

  @Test
  void approvedAlgorithmsStillWork() throws Exception {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    byte[] plain = {1, 2, 3};
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              CryptoServicesRegistrar.setApprovedOnlyMode(true);
              try {
                Encrypted out = crypto.encrypt(key, CipherSpec.gcm(), plain);
                result.complete(
                    crypto.decrypt(
                        key, CipherSpec.gcm().withIv(out.iv()), out.ciphertext(), out.tag()));
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    thread.start();
    assertThat(result.get()).isEqualTo(plain);
  }

  /** Runs {@code action} in a new thread in approved-only mode and returns what it threw. */
  private static CryptoException inApprovedOnlyThread(Action action) throws InterruptedException {
    CompletableFuture<CryptoException> thrown = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              CryptoServicesRegistrar.setApprovedOnlyMode(true);
              try {
                action.run();
                thrown.complete(null);
              } catch (CryptoException e) {
                thrown.complete(e);
              } catch (Throwable t) {
                thrown.completeExceptionally(t);
              }
            });
    thread.start();
    try {
      CryptoException e = thrown.get();
      assertThat(e).as("the operation should have been refused").isNotNull();
      return e;
    } catch (ExecutionException e) {
      throw new AssertionError("escaped the boundary: " + e.getCause(), e.getCause());
    }
  }

  @FunctionalInterface
  private interface Action {
    void run() throws CryptoException;
  }
}
