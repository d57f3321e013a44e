package dev.arca.server.tls;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The IP addresses a certificate names in its subjectAltName (RFC 5280 §4.2.1.6), for the check
 * "the client certificate must contain the source IP".
 *
 * <p>Addresses are compared as bytes, never as text, so that {@code ::1}, {@code 0:0:0:0:0:0:0:1}
 * and {@code ::0001} are one address. An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}, RFC
 * 4291 §2.5.5.2), which a dual-stack listener sees for IPv4 clients, counts as the IPv4 address. An
 * IPv6 scope (zone) is not part of the address. Nothing here resolves a name.
 */
public final class CertificateAddresses {

  private CertificateAddresses() {}

  /**
   * The iPAddress entries of {@code certificate}'s subjectAltName, normalised; empty when it has
   * none or the extension cannot be parsed. Entries of 8 or 32 bytes (address and mask, which only
   * name constraints use) are skipped.
   */
  public static List<InetAddress> ipAddresses(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(Extension.subjectAlternativeName.getId());
    if (extension == null) {
      return List.of();
    }
    List<InetAddress> addresses = new ArrayList<>();
    try {
      GeneralNames names =
          GeneralNames.getInstance(ASN1OctetString.getInstance(extension).getOctets());
      for (GeneralName name : names.getNames()) {
        if (name.getTagNo() != GeneralName.iPAddress) {
          continue;
        }
        byte[] octets = ASN1OctetString.getInstance(name.getName()).getOctets();
        if (octets.length == 4 || octets.length == 16) {
          addresses.add(normalise(InetAddress.getByAddress(octets)));
        }
      }
    } catch (IllegalArgumentException | UnknownHostException e) {
      // A malformed extension names no address; the check then fails closed.
      return List.of();
    }
    return List.copyOf(addresses);
  }

  /** Whether {@code certificate} names {@code address} as a subjectAltName iPAddress. */
  public static boolean contains(X509Certificate certificate, InetAddress address) {
    byte[] wanted = normalise(address).getAddress();
    for (InetAddress named : ipAddresses(certificate)) {
      if (Arrays.equals(named.getAddress(), wanted)) {
        return true;
      }
    }
    return false;
  }

  /** An IPv4-mapped IPv6 address as IPv4; any IPv6 address without its scope. */
  static InetAddress normalise(InetAddress address) {
    if (address instanceof Inet4Address) {
      return address;
    }
    byte[] bytes = address.getAddress();
    try {
      if (address instanceof Inet6Address && isIpv4Mapped(bytes)) {
        return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
      }
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + address, e);
    }
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
  }
}
