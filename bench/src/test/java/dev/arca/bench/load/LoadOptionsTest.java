package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadOptionsTest {

  private static LoadOptions.Builder valid() {
    return LoadOptions.builder()
        .host("localhost")
        .certificate(Path.of("c.pem"), Path.of("k.pem"))
        .trustedCas(List.of(Path.of("ca.pem")));
  }

  @Test
  void defaultsAreASmallGetLoad() {
    LoadOptions o = valid().build();
    assertThat(o.connections()).isEqualTo(8);
    assertThat(o.inFlight()).isEqualTo(1);
    assertThat(o.duration()).contains(Duration.ofSeconds(10));
    assertThat(o.requests()).isEmpty();
    assertThat(o.mix()).isEqualTo(OperationMix.of(BenchOperation.GET));
    assertThat(o.label()).isEqualTo("localhost:5696");
    assertThat(o.target()).isEqualTo("localhost:5696");
  }

  @Test
  void aCountReplacesTheDurationAndTheOtherWayRound() {
    assertThat(valid().requests(500).build().duration()).isEmpty();
    assertThat(valid().requests(500).duration(Duration.ofSeconds(1)).build().requests()).isEmpty();
  }

  @Test
  void aWrongSettingIsNamedWithItsRange() {
    assertThatThrownBy(() -> valid().connections(0).build())
        .hasMessage("connections must be between 1 and 10000, was 0");
    assertThatThrownBy(() -> valid().inFlight(5000).build()).hasMessageStartingWith("inFlight");
    assertThatThrownBy(() -> valid().payloadBytes(0).build())
        .hasMessageStartingWith("payloadBytes");
    assertThatThrownBy(() -> valid().requests(0).build()).hasMessageStartingWith("requests");
    assertThatThrownBy(() -> valid().warmup(Duration.ofSeconds(-1)).build())
        .hasMessageStartingWith("warmup");
    assertThatThrownBy(() -> valid().tlsProtocols(List.of("TLSv1.1")).build())
        .hasMessageContaining("TLSv1.1");
    assertThatThrownBy(() -> LoadOptions.builder().build()).hasMessageStartingWith("host");
    assertThatThrownBy(() -> valid().trustedCas(List.of()).build())
        .hasMessageStartingWith("trustedCas");
  }

  @Test
  void aBundleGivesAddressCredentialsAndFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("pykmip.conf"),
        "[client]\nhost=kms1.example, kms2.example\nport=5697\nusername=app\ncertfile=x\n"
            + "[other]\nusername=nobody\n");
    Files.writeString(dir.resolve("password"), "secret-password\n");

    LoadOptions o = LoadOptions.builder().bundle(dir).build();

    assertThat(o.host()).isEqualTo("kms1.example");
    assertThat(o.port()).isEqualTo(5697);
    assertThat(o.username()).contains("app");
    assertThat(o.password()).contains("secret-password");
    assertThat(o.certificate()).isEqualTo(dir.resolve("client.pem"));
    assertThat(o.privateKey()).isEqualTo(dir.resolve("client-key.pem"));
    assertThat(o.trustedCas()).containsExactly(dir.resolve("ca.pem"));

    LoadOptions other =
        LoadOptions.builder()
            .bundle(dir)
            .host("127.0.0.1")
            .port(5698)
            .credential(Optional.empty(), Optional.empty())
            .trustedCas(List.of(Path.of("other-ca.pem")))
            .build();
    assertThat(other.target()).isEqualTo("127.0.0.1:5698");
    assertThat(other.username()).isEmpty();
    assertThat(other.trustedCas()).containsExactly(Path.of("other-ca.pem"));
  }

  @Test
  void aMissingBundleSaysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> LoadOptions.builder().bundle(dir.resolve("nope")))
        .hasMessageContaining("not a directory");
  }
}
