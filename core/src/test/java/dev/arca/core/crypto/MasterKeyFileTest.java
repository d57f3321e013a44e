package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.arca.core.crypto.CryptoException.Reason;
import dev.arca.core.crypto.MasterKeyFile.Options;
import dev.arca.core.crypto.MasterKeyFile.PassphraseSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The passphrase-sealed master key file: creation, reopening, rotation, passphrase change. */
class MasterKeyFileTest {

  private static final String PASSPHRASE = "correct horse battery staple";

  /** Low on purpose: the explicit test parameter keeps the suite fast. */
  private static final int ITERATIONS = 1000;

  @TempDir Path data;

  private final CryptoModule module = Fixtures.module();
  private ListAppender<ILoggingEvent> logs;

  @BeforeEach
  void captureLogs() {
    logs = new ListAppender<>();
    logs.start();
    logger().addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger().detachAppender(logs);
  }

  private Options options(String passphrase) {
    return Options.of(data)
        .withTestIterations(ITERATIONS)
        .withEnvironment(
            name -> MasterKeyFile.PASSPHRASE_ENVIRONMENT.equals(name) ? passphrase : null);
  }

  @Test
  void createsThenReopensWithTheRightPassphrase() throws Exception {
    byte[] aad = Envelope.associatedData("key-1", 1);
    byte[] sealed;
    byte[] masterKey;
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      assertThat(file.currentKeyId()).isEqualTo(1);
      assertThat(file.keyIds()).containsExactly(1);
      assertThat(file.passphraseSource()).isEqualTo(PassphraseSource.ENVIRONMENT);
      assertThat(file.path()).isEqualTo(data.resolve("master-key.json"));
      sealed = file.envelope().seal(new byte[] {1, 2, 3}, aad);
      masterKey = currentKeyBytes(file);
    }
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      assertThat(currentKeyBytes(file)).isEqualTo(masterKey);
      assertThat(file.envelope().open(sealed, aad)).containsExactly(1, 2, 3);
    }
  }

  @Test
  void theFileIsPrivateAndHoldsNoRawKey() throws Exception {
    byte[] masterKey;
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      file.rotate();
      masterKey = currentKeyBytes(file);
    }
    Path path = data.resolve(MasterKeyFile.FILE_NAME);
    if (SecureFiles.isPosix(path)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
          .isEqualTo("rw-------");
    }
    byte[] content = Files.readAllBytes(path);
    String text = new String(content, StandardCharsets.UTF_8);
    assertThat(indexOf(content, masterKey)).as("raw key bytes").isEqualTo(-1);
    assertThat(text)
        .doesNotContain(HexFormat.of().formatHex(masterKey))
        .doesNotContain(Base64.getEncoder().encodeToString(masterKey))
        .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(masterKey))
        .doesNotContain(PASSPHRASE)
        .contains("\"kdf\": \"PBKDF2-HMAC-SHA-256\"")
        .contains("\"iterations\": " + ITERATIONS)
        .contains("\"wrap\": \"AES-256-GCM\"");
    assertThat(Files.list(data).map(p -> p.getFileName().toString()))
        .containsExactly(MasterKeyFile.FILE_NAME);
  }

  @Test
  void aWrongPassphraseIsRefusedClearly() throws Exception {
    MasterKeyFile.open(module, options(PASSPHRASE)).close();
    CryptoException e =
        (CryptoException)
            catchThrowable(() -> MasterKeyFile.open(module, options("not the right passphrase!")));
    assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
    assertThat(e.getMessage()).isEqualTo("master key passphrase is wrong");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void rotationKeepsOldEnvelopesOpenAndRewrapMovesThem() throws Exception {
    byte[] aad = Envelope.associatedData("key-7", 3);
    byte[] secret = "private key material".getBytes(StandardCharsets.UTF_8);
    byte[] underOne;
    byte[] underTwo;
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      Envelope envelope = file.envelope();
      underOne = envelope.seal(secret, aad);
      assertThat(Envelope.keyIdOf(underOne)).isEqualTo(1);

      file.rotate();
      assertThat(file.currentKeyId()).isEqualTo(2);
      assertThat(file.keyIds()).containsExactly(1, 2);
      assertThat(envelope.currentKeyId()).isEqualTo(2);
      assertThat(envelope.needsRewrap(underOne)).isTrue();
      assertThat(envelope.open(underOne, aad)).isEqualTo(secret);

      underTwo = envelope.rewrap(underOne, aad);
      assertThat(Envelope.keyIdOf(underTwo)).isEqualTo(2);
      assertThat(envelope.needsRewrap(underTwo)).isFalse();
      assertThat(envelope.open(underTwo, aad)).isEqualTo(secret);
      assertThat(envelope.rewrap(underTwo, aad)).isEqualTo(underTwo);
      assertThat(Envelope.keyIdOf(envelope.seal(secret, aad))).isEqualTo(2);
    }
    // After a restart both keys are still there.
    try (MasterKeyFile reopened = MasterKeyFile.open(module, options(PASSPHRASE))) {
      assertThat(reopened.currentKeyId()).isEqualTo(2);
      assertThat(reopened.envelope().open(underOne, aad)).isEqualTo(secret);
      assertThat(reopened.envelope().open(underTwo, aad)).isEqualTo(secret);
      reopened.rotate();
      assertThat(reopened.keyIds()).containsExactly(1, 2, 3);
    }
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(m -> m.startsWith("Master key rotated: key 2 is current"));
  }

  @Test
  void changingThePassphraseKeepsTheKeys() throws Exception {
    String newPassphrase = "an entirely new passphrase, 2026";
    byte[] aad = Envelope.associatedData("key-2", 1);
    byte[] sealed;
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      file.rotate();
      sealed = file.envelope().seal(new byte[] {9}, aad);
      String before = Files.readString(file.path());
      file.changePassphrase(newPassphrase.toCharArray());
      assertThat(Files.readString(file.path())).isNotEqualTo(before);
      // Still usable without reopening.
      assertThat(file.envelope().open(sealed, aad)).containsExactly(9);
    }
    assertReason(
            () -> MasterKeyFile.open(module, options(PASSPHRASE)), Reason.AUTHENTICATION_FAILED)
        .isEqualTo("master key passphrase is wrong");
    try (MasterKeyFile file = MasterKeyFile.open(module, options(newPassphrase))) {
      assertThat(file.keyIds()).containsExactly(1, 2);
      assertThat(file.envelope().open(sealed, aad)).containsExactly(9);
    }
  }

  @Test
  void shortNewPassphrasesAreRefused() throws Exception {
    assertReason(() -> MasterKeyFile.open(module, options("short")), Reason.INVALID_INPUT)
        .isEqualTo("master key passphrase must be at least 16 characters");
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      assertReason(() -> file.changePassphrase("tiny".toCharArray()), Reason.INVALID_INPUT);
    }
  }

  @Test
  void generatesADevelopmentPassphraseWithALoudWarning() throws Exception {
    Options options = Options.of(data).withTestIterations(ITERATIONS).withEnvironment(name -> null);
    Path generated = data.resolve(MasterKeyFile.GENERATED_PASSPHRASE_FILE);
    byte[] aad = Envelope.associatedData("k", 1);
    byte[] sealed;
    try (MasterKeyFile file = MasterKeyFile.open(module, options)) {
      assertThat(file.passphraseSource()).isEqualTo(PassphraseSource.GENERATED_FILE);
      sealed = file.envelope().seal(new byte[] {5}, aad);
    }
    assertThat(generated).exists();
    if (SecureFiles.isPosix(generated)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generated)))
          .isEqualTo("rw-------");
    }
    String passphrase = Files.readString(generated).trim();
    assertThat(passphrase).hasSizeGreaterThanOrEqualTo(43);
    List<ILoggingEvent> warnings =
        logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("MASTER KEY PASSPHRASE STORED NEXT TO THE DATA")
                    .contains(generated.toString())
                    .contains("ARCA_MASTER_PASSPHRASE")
                    .doesNotContain(passphrase));

    // The next start finds the generated file; the environment takes precedence over it.
    try (MasterKeyFile file = MasterKeyFile.open(module, options)) {
      assertThat(file.passphraseSource()).isEqualTo(PassphraseSource.GENERATED_FILE);
      assertThat(file.envelope().open(sealed, aad)).containsExactly(5);
    }
    try (MasterKeyFile file = MasterKeyFile.open(module, options(passphrase))) {
      assertThat(file.passphraseSource()).isEqualTo(PassphraseSource.ENVIRONMENT);
      file.changePassphrase(PASSPHRASE.toCharArray());
    }
    // The generated passphrase opened nothing any more, so it was deleted.
    assertThat(generated).doesNotExist();
  }

  @Test
  void readsThePassphraseFile() throws Exception {
    Path secretFile = Files.createTempFile("arca-passphrase", ".txt");
    try {
      Files.writeString(secretFile, PASSPHRASE + "\r\n");
      Options fromFile =
          Options.of(data)
              .withTestIterations(ITERATIONS)
              .withEnvironment(name -> null)
              .withPassphraseFile(secretFile);
      try (MasterKeyFile file = MasterKeyFile.open(module, fromFile)) {
        assertThat(file.passphraseSource()).isEqualTo(PassphraseSource.FILE);
      }
      // The same passphrase from the environment opens it: the line ending was stripped.
      MasterKeyFile.open(module, options(PASSPHRASE)).close();
      assertReason(
              () ->
                  MasterKeyFile.open(module, fromFile.withPassphraseFile(data.resolve("missing"))),
              Reason.STORAGE)
          .contains("does not exist");
    } finally {
      Files.deleteIfExists(secretFile);
    }
  }

  @Test
  void anExistingFileWithoutAPassphraseIsAnError() throws Exception {
    MasterKeyFile.open(module, options(PASSPHRASE)).close();
    assertReason(
            () ->
                MasterKeyFile.open(
                    module,
                    Options.of(data).withTestIterations(ITERATIONS).withEnvironment(name -> null)),
            Reason.STORAGE)
        .startsWith("no master key passphrase: set ARCA_MASTER_PASSPHRASE");
    assertThat(data.resolve(MasterKeyFile.GENERATED_PASSPHRASE_FILE)).doesNotExist();
  }

  @Test
  void anEditedFileIsRefused() throws Exception {
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      file.rotate();
    }
    Path path = data.resolve(MasterKeyFile.FILE_NAME);
    String original = Files.readString(path);
    // Rolling back the rotation is an edit the file MAC catches.
    Files.writeString(path, original.replace("\"current\": 2", "\"current\": 1"));
    assertReason(() -> MasterKeyFile.open(module, options(PASSPHRASE)), Reason.STORAGE)
        .contains("is damaged or was modified");
    Files.writeString(path, original.replace("\"format\": 1", "\"format\": 9"));
    assertReason(() -> MasterKeyFile.open(module, options(PASSPHRASE)), Reason.STORAGE)
        .contains("is malformed");
    Files.writeString(path, "{ not json");
    assertReason(() -> MasterKeyFile.open(module, options(PASSPHRASE)), Reason.STORAGE)
        .contains("is malformed");
  }

  @Test
  void iterationCountsHaveAFloorOutsideTests() throws Exception {
    assertThatThrownBy(() -> Options.of(data).withIterations(50_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master key PBKDF2 iterations must be 100000..10000000, was 50000");
    assertThat(Options.of(data).iterations()).isEqualTo(600_000);
    MasterKeyFile.open(module, options(PASSPHRASE)).close();
    // A file sealed with a test iteration count is refused by production settings.
    assertReason(
            () ->
                MasterKeyFile.open(
                    module,
                    Options.of(data)
                        .withEnvironment(
                            Map.of(MasterKeyFile.PASSPHRASE_ENVIRONMENT, PASSPHRASE)::get)),
            Reason.STORAGE)
        .contains("at least 100000 are required");
  }

  @Test
  void closingDestroysTheKeys() throws Exception {
    MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE));
    Envelope envelope = file.envelope();
    MasterKey key = ring(file);
    file.close();
    assertThat(key.isDestroyed()).isTrue();
    assertThat(key.toString()).isEqualTo("MasterKey[id=1, destroyed]");
    assertReason(() -> envelope.seal(new byte[1], new byte[0]), Reason.INVALID_INPUT);
    assertReason(file::rotate, Reason.INVALID_INPUT).isEqualTo("master key file is closed");
  }

  @Test
  void descriptionsHoldNoSecrets() throws Exception {
    try (MasterKeyFile file = MasterKeyFile.open(module, options(PASSPHRASE))) {
      assertThat(file.toString())
          .startsWith("MasterKeyFile[")
          .contains("current key 1")
          .doesNotContain(PASSPHRASE)
          .doesNotContain(HexFormat.of().formatHex(currentKeyBytes(file)));
      assertThat(file.envelope().toString()).isEqualTo("Envelope[v1, current master key 1]");
      assertThat(ring(file).toString()).isEqualTo("MasterKey[id=1]");
    }
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .allSatisfy(m -> assertThat(m).doesNotContain(PASSPHRASE));
  }

  private static Logger logger() {
    return (Logger) LoggerFactory.getLogger(MasterKeyFile.class);
  }

  private static MasterKey ring(MasterKeyFile file) throws CryptoException {
    return file.envelope().keyRing().current();
  }

  private static byte[] currentKeyBytes(MasterKeyFile file) throws CryptoException {
    return ring(file).bytes().clone();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
