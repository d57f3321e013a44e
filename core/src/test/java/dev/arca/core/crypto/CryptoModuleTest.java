package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Power-up self-tests, the error state and the test switch that forces it. */
class CryptoModuleTest {

  private static final List<String> POWER_UP_TESTS =
      List.of(
          "BC-FIPS",
          "SHA-256",
          "HMAC-SHA-256",
          "AES-GCM",
          "AES-CBC",
          "AES-KW",
          "AES-XTS",
          "RSA-SIGN",
          "ECDSA",
          "RSA-OAEP",
          "PBKDF2",
          "KDF-CTR",
          "DRBG");

  @TempDir Path dataDirectory;

  @Test
  void sharedModuleStartsWithEveryPowerUpTestPassed() {
    CryptoModule module = Fixtures.module();
    assertThat(module).isSameAs(CryptoModule.instance());
    assertThat(module.isOperational()).isTrue();
    assertThat(module.errorState()).isEmpty();
    List<SelfTestResult> powerUp =
        module.selfTests().stream().filter(r -> r.kind() == SelfTestResult.Kind.POWER_UP).toList();
    assertThat(powerUp).extracting(SelfTestResult::name).containsExactlyElementsOf(POWER_UP_TESTS);
    assertThat(powerUp).allSatisfy(r -> assertThat(r.passed()).as(r.name()).isTrue());
    assertThat(powerUp).allSatisfy(r -> assertThat(r.time()).isNotNull());
    assertThat(powerUp).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
  }

  @Test
  void selfTestListIsImmutable() {
    List<SelfTestResult> results = Fixtures.module().selfTests();
    assertThatThrownBy(() -> results.add(results.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describesTheModule() {
    CryptoModule module = Fixtures.module();
    assertThat(module.moduleName()).isEqualTo("BCFIPS");
    assertThat(module.moduleVersion()).isEqualTo("2.1.2");
    assertThat(module.isApprovedOnly()).isFalse();
    assertThat(module.toString()).isEqualTo("CryptoModule[BCFIPS 2.1.2]");
    assertThat(module.secureRandom().getAlgorithm()).contains("SHA512");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BC-FIPS",
        "SHA-256",
        "HMAC-SHA-256",
        "AES-GCM",
        "AES-CBC",
        "AES-KW",
        "AES-XTS",
        "RSA-SIGN",
        "ECDSA",
        "RSA-OAEP",
        "PBKDF2",
        "KDF-CTR",
        "DRBG"
      })
  void aForcedFailurePutsAnIsolatedInstanceInTheErrorState(String name) throws CryptoException {
    CryptoModule isolated = CryptoModule.start(name);
    assertThat(isolated.isOperational()).isFalse();
    assertThat(isolated.errorState()).contains("self-test " + name + " failed");
    assertThat(isolated.selfTests())
        .filteredOn(r -> !r.passed())
        .extracting(SelfTestResult::name)
        .containsExactly(name);

    CryptoService service = new CryptoService(isolated);
    String expected = "cryptographic module in error state: self-test " + name + " failed";
    assertReason(() -> service.hash(DigestAlgorithm.SHA256, new byte[1]), Reason.MODULE_ERROR)
        .isEqualTo(expected);
    assertReason(() -> service.generateSymmetric(SymmetricAlgorithm.AES, 256), Reason.MODULE_ERROR)
        .isEqualTo(expected);
    assertReason(() -> service.randomBytes(16), Reason.MODULE_ERROR).isEqualTo(expected);
    SecretKeyMaterial key = Fixtures.service().generateSymmetric(SymmetricAlgorithm.AES, 256);
    assertReason(() -> service.encrypt(key, CipherSpec.gcm(), new byte[1]), Reason.MODULE_ERROR)
        .isEqualTo(expected);
    assertReason(
            () ->
                MasterKeyFile.open(
                    isolated,
                    MasterKeyFile.Options.of(dataDirectory)
                        .withTestIterations(1000)
                        .withEnvironment(v -> "a passphrase that is long enough")),
            Reason.MODULE_ERROR)
        .isEqualTo(expected);

    // The shared module is not affected.
    assertThat(Fixtures.module().isOperational()).isTrue();
  }

  @Test
  void theSystemPropertyForcesAFailure() {
    // Start the shared instance first so the property cannot leak into it.
    assertThat(Fixtures.module().isOperational()).isTrue();
    String previous = System.getProperty(CryptoModule.FORCE_FAILURE_PROPERTY);
    System.setProperty(CryptoModule.FORCE_FAILURE_PROPERTY, "AES-KW");
    try {
      CryptoModule isolated = CryptoModule.startFromSystemProperties();
      assertThat(isolated.errorState()).contains("self-test AES-KW failed");
    } finally {
      if (previous == null) {
        System.clearProperty(CryptoModule.FORCE_FAILURE_PROPERTY);
      } else {
        System.setProperty(CryptoModule.FORCE_FAILURE_PROPERTY, previous);
      }
    }
  }

  @Test
  void openingOwnStateLiftsArcasErrorStateOnThatThreadForTheStepOnly() throws Exception {
    CryptoModule isolated = CryptoModule.start("AES-GCM");
    assertThat(isolated.isOperational()).isFalse();
    assertThat(isolated.isModuleReady()).isTrue();
    CryptoService service = new CryptoService(isolated);
    String expected = "cryptographic module in error state: self-test AES-GCM failed";

    byte[] inside = isolated.openOwnState(() -> service.hash(DigestAlgorithm.SHA256, new byte[1]));
    assertThat(inside).hasSize(32);
    // Another thread during the step stays refused.
    isolated.openOwnState(
        () -> {
          CompletableFuture<Reason> other =
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      service.hash(DigestAlgorithm.SHA256, new byte[1]);
                      return null;
                    } catch (CryptoException e) {
                      return e.reason();
                    }
                  });
          assertThat(other.get()).isEqualTo(Reason.MODULE_ERROR);
          return null;
        });
    // After the step, and after a step that threw, refused again.
    assertReason(() -> service.hash(DigestAlgorithm.SHA256, new byte[1]), Reason.MODULE_ERROR)
        .isEqualTo(expected);
    assertThatThrownBy(
            () ->
                isolated.openOwnState(
                    () -> {
                      throw new CryptoException(Reason.STORAGE, "step failed");
                    }))
        .hasMessage("step failed");
    assertReason(() -> service.hash(DigestAlgorithm.SHA256, new byte[1]), Reason.MODULE_ERROR)
        .isEqualTo(expected);
  }

  @Test
  void aFailureOfTheModulesOwnTestsIsNotLifted() {
    CryptoModule isolated = CryptoModule.start(CryptoModule.MODULE_SELF_TESTS);
    assertThat(isolated.isModuleReady()).isFalse();
    CryptoService service = new CryptoService(isolated);
    assertReason(
            () -> isolated.openOwnState(() -> service.hash(DigestAlgorithm.SHA256, new byte[1])),
            Reason.MODULE_ERROR)
        .isEqualTo("cryptographic module in error state: self-test BC-FIPS failed");
  }

  @Test
  void anUnknownNameForcesNothing() {
    assertThat(CryptoModule.start("NO-SUCH-TEST").isOperational()).isTrue();
  }
}
