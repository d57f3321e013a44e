package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

  @Test
  void parsesHostPortForms() {
    assertThat(ServerAddress.parse("kms.example.com:5697"))
        .isEqualTo(new ServerAddress("kms.example.com", 5697));
    assertThat(ServerAddress.parse(" 10.0.0.1 ")).isEqualTo(new ServerAddress("10.0.0.1", 5696));
    assertThat(ServerAddress.parse("[::1]:15696")).isEqualTo(new ServerAddress("::1", 15696));
    assertThat(ServerAddress.parse("[fe80::1]")).isEqualTo(new ServerAddress("fe80::1", 5696));
    assertThat(new ServerAddress("::1", 5696)).hasToString("[::1]:5696");
    assertThat(new ServerAddress("a", 1)).hasToString("a:1");
  }

  @Test
  void badAddressesAreExplained() {
    assertThatThrownBy(() -> ServerAddress.parse("host:http"))
        .hasMessage("server address 'host:http': port 'http' is not a number");
    assertThatThrownBy(() -> ServerAddress.parse("host:0"))
        .hasMessage("server address 'host:0': server port 0 for host is not between 1 and 65535");
    assertThatThrownBy(() -> ServerAddress.parse("::1:5696"))
        .hasMessageContaining("IPv6 address in brackets");
    assertThatThrownBy(() -> ServerAddress.parse("[::1")).hasMessageContaining("missing ']'");
    assertThatThrownBy(() -> ServerAddress.parse(":5696")).hasMessageContaining("empty");
  }
}
