package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemCertificatesTest {

  /** A self-signed P-256 CA certificate made for these tests (openssl req -x509, 100 years). */
  static final String CA_PEM =
      "-----BEGIN CERTIFICATE-----\n"
          + "MIIBjjCCATOgAwIBAgIUKnBQxuJvAEbydFWHnYxvJ5iWGYowCgYIKoZIzj0EAwIw\n"
          + "GzEZMBcGA1UEAwwQQXJjYSBDTEkgdGVzdCBDQTAgFw0yNjExMjgyMTQ0MTZaGA8y\n"
          + "MTI2MTEwNDIxNDQxNlowGzEZMBcGA1UEAwwQQXJjYSBDTEkgdGVzdCBDQTBZMBMG\n"
          + "ByqGSM49AgEGCCqGSM49AwEHA0IABEuj70S3ceP0HDJzmBNenVH4cduPeEOgoGKV\n"
          + "n1TQ+LIDvGpixkrum6UJuDRpPkneKf3zgtX6K7KI4qyNQ9BdVMmjUzBRMB0GA1Ud\n"
          + "DgQWBBTTiuVJao+Tmk7ZiQFsgXcj+252zzAfBgNVHSMEGDAWgBTTiuVJao+Tmk7Z\n"
          + "iQFsgXcj+252zzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDo\n"
          + "5r7+II54Q6sN59BPdFtNwkpUkmpMsNM64Stp7scejAIhAJ9GwM+pnvXuv0pcvApr\n"
          + "gPqc2L+usbf3f479wYwd6wwr\n"
          + "-----END CERTIFICATE-----\n";

  @TempDir Path dir;

  @Test
  void readsTheCertificatesAndSkipsOtherBlocks() throws Exception {
    // As a node's CA file: the certificate, then its sealed key in a block of another type.
    Path file =
        Files.writeString(
            dir.resolve("local.pem"),
            CA_PEM + "-----BEGIN ARCA SEALED KEY-----\nAAAA\n-----END ARCA SEALED KEY-----\n");
    assertThat(PemCertificates.read(file))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=Arca CLI test CA"));
    assertThat(PemCertificates.parse(CA_PEM + CA_PEM, "two")).hasSize(2);
  }

  @Test
  void aFileWithoutACertificateIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n");
    assertThatThrownBy(() -> PemCertificates.read(file))
        .isInstanceOf(CliException.class)
        .hasMessage(file + ": no PEM certificate (-----BEGIN CERTIFICATE-----) in it");
    assertThatThrownBy(() -> PemCertificates.read(dir.resolve("missing.pem")))
        .hasMessage(dir.resolve("missing.pem") + ": no such file");
    assertThatThrownBy(
            () ->
                PemCertificates.parse(
                    "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "bad.pem"))
        .hasMessageStartingWith("bad.pem: certificate 1 cannot be read");
  }

  @Test
  void theJdkCasAreThereWithoutAFile() throws Exception {
    assertThat(PemCertificates.jdkDefaults()).isNotEmpty();
  }
}
