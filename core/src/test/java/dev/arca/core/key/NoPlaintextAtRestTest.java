package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.ttlv.Ttlv;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing secret reaches the data directory in clear: the store's database and its write-ahead log
 * are searched for the raw bytes of every key created or registered, and for the master key
 * passphrase.
 */
class NoPlaintextAtRestTest {

  @TempDir Path dir;

  private static final String PASSPHRASE = "correct horse battery staple";

  @Test
  void theDatabaseFilesHoldNoKeyMaterialAndNoPassphrase() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.createDirectories(dir.resolve("keys"));
    MasterKeyFile masterKey = TestMasterKeys.open(dir.resolve("keys"));
    List<byte[]> secrets = new ArrayList<>();
    try (KeyServiceFixture fx =
        KeyServiceFixture.open(
            Backend.SQLITE, data, masterKey.envelope(), KeyServiceSettings.defaults())) {
      KeyService service = fx.service;
      for (int bits : new int[] {128, 192, 256}) {
        for (int i = 0; i < 5; i++) {
          ManagedObjectView key =
              service.create(
                  KeyServiceFixture.ALICE,
                  ObjectType.SYMMETRIC_KEY,
                  ServiceTestBase.attrs(
                      ServiceTestBase.algorithm(CryptographicAlgorithm.AES),
                      ServiceTestBase.length(bits)));
          secrets.add(export(service, key.id()));
        }
      }
      byte[] password =
          "a registered password that must stay secret".getBytes(StandardCharsets.UTF_8);
      ManagedObjectView secret =
          service.register(
              KeyServiceFixture.ALICE,
              ObjectType.SECRET_DATA,
              ServiceTestBase.attrs(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0)),
              ClearMaterial.secretData(SecretDataType.PASSWORD.code(), password));
      assertThat(export(service, secret.id())).isEqualTo(password);
      secrets.add(password);

      CreatedKeyPair pair =
          service.createKeyPair(
              KeyServiceFixture.ALICE,
              ServiceTestBase.attrs(
                  ServiceTestBase.algorithm(CryptographicAlgorithm.RSA),
                  ServiceTestBase.length(2048)),
              ServiceTestBase.attrs(),
              ServiceTestBase.attrs());
      byte[] pkcs8 = export(service, pair.privateKey().id());
      secrets.add(pkcs8);
      RSAPrivateCrtKey rsa =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      secrets.add(magnitude(rsa.getPrivateExponent()));
      secrets.add(magnitude(rsa.getPrimeP()));
      secrets.add(magnitude(rsa.getPrimeQ()));
      // While the store is open, the write-ahead log holds the recent changes: search it too.
      assertClean(data, secrets);
    }
    assertClean(data, secrets);
  }

  private static void assertClean(Path data, List<byte[]> secrets) throws IOException {
    List<Path> files = files(data);
    assertThat(files.stream().map(p -> p.getFileName().toString())).contains("arca.db");
    long searched = 0;
    for (Path f : files) {
      byte[] content = Files.readAllBytes(f);
      searched += content.length;
      for (byte[] s : secrets) {
        assertThat(indexOf(content, s)).as("a key's bytes in " + f.getFileName()).isEqualTo(-1);
      }
      assertThat(indexOf(content, PASSPHRASE.getBytes(StandardCharsets.UTF_8)))
          .as("the passphrase in " + f.getFileName())
          .isEqualTo(-1);
    }
    assertThat(searched).isGreaterThan(10_000);
  }

  private static byte[] export(KeyService service, String id) throws Exception {
    ClearMaterial m = service.openMaterial(KeyServiceFixture.ALICE, id, MaterialUse.EXPORT);
    try {
      return m.bytes();
    } finally {
      m.destroy();
    }
  }

  private static byte[] magnitude(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
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
