package dev.arca.server.pki;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a server certificate carries in its subjectAltName: DNS names and IP addresses.
 *
 * <p>{@link #discover(Collection)} gives what clients may reasonably use to reach this host: {@code
 * localhost}, the host name, {@code 127.0.0.1}, {@code ::1} and every address of every interface
 * that is up, plus the names the officer adds. IPv6 link-local addresses ({@code fe80::/10}) are
 * left out: they are only meaningful with a zone ({@code %eth0}), which a certificate cannot carry.
 *
 * @param dnsNames DNS names, lower case, without duplicates; a wildcard is allowed in the first
 *     label only ({@code *.example.com})
 * @param addresses IP addresses without duplicates
 */
public record ServerNames(List<String> dnsNames, List<InetAddress> addresses) {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  public ServerNames {
    Set<String> names = new LinkedHashSet<>();
    for (String name : dnsNames) {
      names.add(checkDnsName(name));
    }
    dnsNames = List.copyOf(names);
    Set<InetAddress> unique = new LinkedHashSet<>();
    for (InetAddress address : addresses) {
      unique.add(Objects.requireNonNull(address, "address"));
    }
    addresses = List.copyOf(unique);
    if (dnsNames.isEmpty() && addresses.isEmpty()) {
      throw new IllegalArgumentException("a server certificate needs at least one name or address");
    }
  }

  /**
   * Parses names given by an officer: each is an IPv4 or IPv6 literal (brackets allowed) or a DNS
   * name. No DNS lookups are made.
   *
   * @throws IllegalArgumentException naming the first name that is neither
   */
  public static ServerNames of(Collection<String> names) {
    List<String> dns = new ArrayList<>();
    List<InetAddress> addresses = new ArrayList<>();
    split(names, dns, addresses);
    return new ServerNames(dns, addresses);
  }

  /**
   * The names of this host ({@code localhost}, the host name, {@code 127.0.0.1}, {@code ::1}, every
   * address of every interface that is up) followed by {@code extraNames}, parsed as {@link
   * #of(Collection)} does.
   */
  public static ServerNames discover(Collection<String> extraNames) {
    List<String> dns = new ArrayList<>();
    List<InetAddress> addresses = new ArrayList<>();
    dns.add("localhost");
    hostName().ifPresent(dns::add);
    addresses.add(literal("127.0.0.1"));
    addresses.add(literal("::1"));
    addresses.addAll(interfaceAddresses());
    split(extraNames, dns, addresses);
    return new ServerNames(dns, addresses);
  }

  /** The name the certificate's subject CN carries: the first DNS name, or the first address. */
  public String primaryName() {
    for (String name : dnsNames) {
      if (!"localhost".equals(name) && name.length() <= 64) {
        return name;
      }
    }
    if (!dnsNames.isEmpty() && dnsNames.get(0).length() <= 64) {
      return dnsNames.get(0);
    }
    return addresses.get(0).getHostAddress();
  }

  /** This host's name, if the system knows one that is a valid DNS name. */
  static Optional<String> hostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
      if (isDnsName(name) && !IPV4.matcher(name).matches()) {
        return Optional.of(name);
      }
    } catch (UnknownHostException | SecurityException e) {
      // No resolvable host name: the addresses still identify the host.
    }
    return Optional.empty();
  }

  /** Every address of every interface that is up, except IPv6 link-local ones. */
  static List<InetAddress> interfaceAddresses() {
    List<InetAddress> out = new ArrayList<>();
    try {
      Enumeration<NetworkInterface> interfaces = NetworkInterface.getNetworkInterfaces();
      if (interfaces == null) {
        return out;
      }
      for (NetworkInterface networkInterface : Collections.list(interfaces)) {
        if (!networkInterface.isUp()) {
          continue;
        }
        for (InetAddress address : Collections.list(networkInterface.getInetAddresses())) {
          if (address instanceof Inet6Address && address.isLinkLocalAddress()) {
            continue;
          }
          // Drop any zone id: the certificate holds the 4 or 16 address bytes only.
          out.add(InetAddress.getByAddress(address.getAddress()));
        }
      }
    } catch (SocketException | UnknownHostException e) {
      // Interfaces cannot be listed here (a sandbox); loopback names remain.
    }
    return out;
  }

  private static void split(Collection<String> names, List<String> dns, List<InetAddress> ips) {
    for (String name : names) {
      String trimmed = Objects.requireNonNull(name, "name").trim();
      if (isIpLiteral(trimmed)) {
        ips.add(literal(trimmed));
      } else {
        dns.add(checkDnsName(trimmed));
      }
    }
  }

  /** Whether the text is an IP address literal (no DNS lookup involved). */
  static boolean isIpLiteral(String text) {
    return IPV4.matcher(text).matches() || text.indexOf(':') >= 0;
  }

  /**
   * Parses an IP literal. {@link InetAddress#getByName} makes no lookup for a literal; the patterns
   * above make sure nothing else reaches it.
   */
  static InetAddress literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!isIpLiteral(bare) || bare.indexOf('%') >= 0) {
      throw new IllegalArgumentException("'" + text + "' is not an IP address");
    }
    if (IPV4.matcher(bare).matches()) {
      for (String part : bare.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
        }
      }
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is not an IP address");
    }
  }

  private static String checkDnsName(String name) {
    String lower = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    if (!isDnsName(lower)) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a DNS name or IP address (labels of a-z, 0-9 and '-', at most 253"
              + " characters, a wildcard only as the whole first label)");
    }
    return lower;
  }

  private static boolean isDnsName(String name) {
    if (name.isEmpty() || name.length() > 253 || name.endsWith(".")) {
      return false;
    }
    String[] labels = name.split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      if (i == 0 && "*".equals(labels[i]) && labels.length > 2) {
        continue;
      }
      if (!LABEL.matcher(labels[i]).matches()) {
        return false;
      }
    }
    return true;
  }
}
