package dev.arca.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.server.testing.TestPki;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class CertificateAddressesTest {

  private static final TestPki PKI = TestPki.shared();

  private static InetAddress ip(String literal) throws Exception {
    return InetAddress.getByName(literal);
  }

  @Test
  void listsTheIpAddressesOfTheSubjectAltName() throws Exception {
    X509Certificate leaf = PKI.client("alice", "192.0.2.7", "2001:db8::1").chain().get(0);
    assertThat(CertificateAddresses.ipAddresses(leaf))
        .containsExactly(ip("192.0.2.7"), ip("2001:db8::1"));
  }

  @Test
  void noSubjectAltNameNamesNoAddress() throws Exception {
    X509Certificate leaf = PKI.client("bob").chain().get(0);
    assertThat(CertificateAddresses.ipAddresses(leaf)).isEmpty();
    assertThat(CertificateAddresses.contains(leaf, ip("127.0.0.1"))).isFalse();
  }

  @Test
  void comparesAddressesAsBytes() throws Exception {
    X509Certificate leaf = PKI.client("carol", "2001:db8::1", "192.0.2.7").chain().get(0);
    assertThat(CertificateAddresses.contains(leaf, ip("2001:0db8:0000:0000:0000:0000:0000:0001")))
        .isTrue();
    assertThat(CertificateAddresses.contains(leaf, ip("2001:db8::2"))).isFalse();
    assertThat(CertificateAddresses.contains(leaf, ip("192.0.2.8"))).isFalse();
  }

  @Test
  void ipv4MappedIpv6CountsAsIpv4() throws Exception {
    X509Certificate leaf = PKI.client("dave", "192.0.2.7").chain().get(0);
    InetAddress mapped =
        InetAddress.getByAddress(
            new byte[] {
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 192, 0, 2, 7
            });
    assertThat(CertificateAddresses.contains(leaf, mapped)).isTrue();
  }

  @Test
  void ignoresTheIpv6Scope() throws Exception {
    X509Certificate leaf = PKI.client("erin", "fe80::1").chain().get(0);
    InetAddress scoped = java.net.Inet6Address.getByAddress(null, ip("fe80::1").getAddress(), 3);
    assertThat(CertificateAddresses.contains(leaf, scoped)).isTrue();
  }

  @Test
  void theServerCertificateNamesBothLoopbacks() throws Exception {
    X509Certificate leaf = PKI.server().chain().get(0);
    assertThat(CertificateAddresses.ipAddresses(leaf)).containsExactly(ip("127.0.0.1"), ip("::1"));
  }
}
