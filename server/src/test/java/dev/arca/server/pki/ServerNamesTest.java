package dev.arca.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerNamesTest {

  @Test
  void discoveryListsLoopbackHostAndInterfaceAddresses() throws Exception {
    ServerNames names = ServerNames.discover(List.of("KMIP.Example.com", "203.0.113.9"));
    assertThat(names.dnsNames()).startsWith("localhost").contains("kmip.example.com");
    assertThat(names.addresses())
        .contains(
            InetAddress.getByName("127.0.0.1"),
            InetAddress.getByName("::1"),
            InetAddress.getByName("203.0.113.9"))
        .containsAll(ServerNames.interfaceAddresses())
        .doesNotHaveDuplicates()
        .noneMatch(a -> a instanceof Inet6Address && a.isLinkLocalAddress());
  }

  @Test
  void namesAreParsedWithoutLookups() throws Exception {
    ServerNames names =
        ServerNames.of(
            List.of("a.example", "*.b.example", "10.1.2.3", "[2001:db8::1]", "a.example"));
    assertThat(names.dnsNames()).containsExactly("a.example", "*.b.example");
    assertThat(names.addresses())
        .containsExactly(InetAddress.getByName("10.1.2.3"), InetAddress.getByName("2001:db8::1"));
    assertThat(names.primaryName()).isEqualTo("a.example");
  }

  @Test
  void invalidNamesAreRefused() {
    for (String bad :
        List.of("under_score.example", "-lead.example", "*.com", "a..b", "300.1.1.1", "", "a b")) {
      assertThatThrownBy(() -> ServerNames.of(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ServerNames.of(List.of())).hasMessageContaining("at least one name");
  }
}
