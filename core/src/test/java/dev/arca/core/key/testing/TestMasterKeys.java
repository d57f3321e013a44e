package dev.arca.core.key.testing;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.MasterKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Master key files for tests, with the lowest iteration count the file accepts. */
public final class TestMasterKeys {

  private static volatile MasterKeyFile shared;

  private TestMasterKeys() {}

  public static CryptoService crypto() {
    return new CryptoService(CryptoModule.instance());
  }

  /** One master key file for the whole test run; never rotated. */
  public static synchronized MasterKeyFile shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("arca-key-tests");
        // deleteOnExit leaves a directory that is not empty; this removes the whole tree.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        shared = open(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The JVM is ending; a temporary directory left behind is all that is lost.
    }
  }

  /** A fresh master key file in {@code dir}, for tests that rotate it. */
  public static MasterKeyFile open(Path dir) {
    try {
      Path passphrase = dir.resolve("passphrase.txt");
      Files.writeString(passphrase, "correct horse battery staple", StandardCharsets.UTF_8);
      if (passphrase.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
      }
      return MasterKeyFile.open(
          CryptoModule.instance(),
          MasterKeyFile.Options.of(dir.resolve("data"))
              .withPassphraseFile(passphrase)
              .withIterations(MasterKeyFile.MIN_ITERATIONS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CryptoException e) {
      throw new IllegalStateException("test master key file", e);
    }
  }
}
