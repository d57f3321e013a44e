package dev.arca.server.fips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.core.access.PasswordPolicy;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.store.SqliteStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requested mode, its storage, the restart it waits for, and what refuses it. */
class FipsModeTest {

  @TempDir Path data;

  private SqliteStore store;
  private LocalReplicator replicator;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    replicator = new LocalReplicator(store);
  }

  @AfterEach
  void close() {
    replicator.close();
    store.close();
  }

  private FipsMode mode(boolean active, boolean configured) {
    return new FipsMode(
        active,
        configured,
        CryptoModule.instance(),
        new FipsSettingStore(store, replicator, Duration.ofSeconds(30)));
  }

  @Test
  void theConfigurationDecidesUntilTheModeIsSetThenTheStoredChoice() {
    assertThat(FipsMode.requestedAtStart(true, Optional.empty())).isTrue();
    assertThat(FipsMode.requestedAtStart(false, Optional.empty())).isFalse();
    assertThat(FipsMode.requestedAtStart(true, Optional.of(false))).isFalse();
    assertThat(FipsMode.requestedAtStart(false, Optional.of(true))).isTrue();
  }

  @Test
  void aChangeIsStoredAndPendingUntilTheRestart() throws Exception {
    FipsMode off = mode(false, false);
    assertThat(off.restartPending()).isFalse();
    off.enable();
    assertThat(off.active()).isFalse();
    assertThat(off.requested()).isTrue();
    assertThat(off.restartPending()).isTrue();
    assertThat(off.policy().enforced()).isFalse();
    off.disable();
    assertThat(off.restartPending()).isFalse();
    off.enable();

    // What the launcher reads before the next start, with no node running on the directory.
    close();
    assertThat(FipsSettingStore.readBeforeStart(data)).hasValue(true);
    open();
    FipsMode on = mode(true, false);
    assertThat(on.restartPending()).isFalse();
    assertThat(on.policy().enforced()).isTrue();
  }

  @Test
  void aDirectoryWithoutAStoreHasNoStoredChoice() {
    assertThat(FipsSettingStore.readBeforeStart(data.resolve("not-initialised"))).isEmpty();
  }

  @Test
  void enablingIsRefusedWhileASettingContradictsIt() {
    FipsMode mode = mode(false, false);
    mode.addPrecondition(() -> Optional.of("KMIP listener 'old' allows TLSv1.1"));
    mode.addPrecondition(Optional::empty);
    FipsMode.ContradictionException e =
        catchThrowableOfType(mode::enable, FipsMode.ContradictionException.class);
    assertThat(e.contradictions()).containsExactly("KMIP listener 'old' allows TLSv1.1");
    assertThat(e.getMessage())
        .isEqualTo(
            "FIPS mode cannot be turned on while settings contradict it: KMIP listener 'old'"
                + " allows TLSv1.1");
    assertThat(mode.requested()).as("nothing stored").isFalse();
    // Turning it off is never refused.
    mode.disable();
    assertThat(mode.requested()).isFalse();
  }

  @Test
  void serverCertificatesNeedApprovedKeysAndSignatures() throws Exception {
    assertThat(FipsPreconditions.certificateProblem(certificate("EC", 256, "SHA256withECDSA")))
        .isEmpty();
    assertThat(FipsPreconditions.certificateProblem(certificate("RSA", 2048, "SHA256withRSA")))
        .isEmpty();
    assertThat(FipsPreconditions.certificateProblem(certificate("RSA", 1024, "SHA256withRSA")))
        .hasValue("has an RSA-1024 key (FIPS 186-5: 2048 bits or more)");
    assertThat(FipsPreconditions.certificateProblem(certificate("RSA", 2048, "SHA1withRSA")))
        .hasValueSatisfying(p -> assertThat(p).startsWith("is signed with SHA1"));
  }

  @Test
  void thePasswordPolicyMustAskForPasswordsApprovedPbkdf2CanCheck() {
    assertThat(FipsPreconditions.passwordPolicy(PasswordPolicy.DEFAULT))
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .startsWith("the password policy allows passwords of 12 characters")
                    .contains("arca password-policy --min-length 14"));
    assertThat(FipsPreconditions.passwordPolicy(policyOf(13))).isPresent();
    assertThat(FipsPreconditions.passwordPolicy(policyOf(14))).isEmpty();
    assertThat(FipsPreconditions.passwordPolicy(policyOf(20))).isEmpty();
  }

  private static PasswordPolicy policyOf(int minLength) {
    return new PasswordPolicy(minLength, 0, 0, Duration.ZERO, 0, Duration.ofMinutes(15));
  }

  private static X509Certificate certificate(String algorithm, int bits, String signature)
      throws Exception {
    CryptoModule.instance();
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, "BCFIPS");
    generator.initialize(bits);
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=fips-precondition-test");
    Instant now = Instant.now();
    return new JcaX509CertificateConverter()
        .setProvider("BCFIPS")
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.ONE,
                    Date.from(now),
                    Date.from(now.plus(Duration.ofDays(1))),
                    name,
                    pair.getPublic())
                .build(
                    new JcaContentSignerBuilder(signature)
                        .setProvider("BCFIPS")
                        .build(pair.getPrivate())));
  }
}
