package dev.arca.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of invalid value stops start-up with one message naming the setting's path. */
class InvalidConfigTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        // unknown keys, at each level
        Arguments.of(
            "colour: blue",
            "colour: unknown setting; the settings here are node-name, data-directory,"
                + " log-directory, master-key, fips, kmip, admin"),
        Arguments.of(
            "kmip:\n  listner: []",
            "kmip.listner: unknown setting; the settings here are listeners, max-message-bytes,"
                + " max-nesting-depth"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      prot: 5697",
            "kmip.listeners[0].prot: unknown setting; the settings here are name, bind-address,"
                + " port, server-certificate, trusted-ca-profile, idle-timeout,"
                + " allow-key-and-policy-configuration, allow-key-export, client-certificate,"
                + " username-field, require-source-ip-in-certificate, password-required,"
                + " tls-protocols"),
        Arguments.of(
            "fips:\n  status:\n    bind: 0.0.0.0",
            "fips.status.bind: unknown setting; the settings here are enabled, bind-address,"
                + " port, server-certificate"),
        // wrong types
        Arguments.of(
            "admin:\n  port: \"9443\"",
            "admin.port: expected a whole number between 1 and 65535, found text '9443'"),
        Arguments.of(
            "admin:\n  port: 9443.5",
            "admin.port: expected a whole number between 1 and 65535, found the number 9443.5"),
        Arguments.of(
            "fips:\n  enabled: \"true\"",
            "fips.enabled: expected true or false, found text 'true'"),
        Arguments.of(
            "fips:\n  enabled: 1", "fips.enabled: expected true or false, found the number 1"),
        Arguments.of(
            "fips:\n  enabled: yes", "fips.enabled: expected true or false, found text 'yes'"),
        Arguments.of(
            "node-name: 1234",
            "node-name: expected text (1-63 of letters, digits, '.' and '-', starting with a letter"
                + " or digit), found the number 1234; put it in quotes if it is meant as text"),
        Arguments.of("kmip: 5", "kmip: expected a mapping of settings, found the number 5"),
        Arguments.of("- a\n- b", "expected a mapping of settings, found a list"),
        Arguments.of(
            "kmip:\n  listeners: 5", "kmip.listeners: expected a list, found the number 5"),
        Arguments.of(
            "kmip:\n  listeners:\n    - default",
            "kmip.listeners[0]: expected a mapping of settings, found text 'default'"),
        Arguments.of(
            "admin:\n  port:",
            "admin.port: has no value; write a whole number between 1 and 65535, or remove the line"
                + " to use the default"),
        // out of range
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n    - name: b\n      port: 70000",
            "kmip.listeners[1].port: 70000 is not between 1 and 65535"),
        Arguments.of("admin:\n  port: 0", "admin.port: 0 is not between 1 and 65535"),
        Arguments.of(
            "admin:\n  port: 99999999999999999999",
            "admin.port: 99999999999999999999 is not between 1 and 65535"),
        Arguments.of(
            "kmip:\n  max-message-bytes: 10",
            "kmip.max-message-bytes: 10 is not between 1024 and 67108864"),
        Arguments.of(
            "kmip:\n  max-nesting-depth: 1001",
            "kmip.max-nesting-depth: 1001 is not between 1 and 1000"),
        // durations
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      idle-timeout: 10x",
            "kmip.listeners[0].idle-timeout: '10x' is not a duration; write <n>s, <n>m or <n>h,"
                + " e.g. 3600s"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      idle-timeout: 3600",
            "kmip.listeners[0].idle-timeout: expected a duration (write <n>s, <n>m or <n>h, e.g."
                + " 3600s), found the number 3600"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      idle-timeout: 48h",
            "kmip.listeners[0].idle-timeout: 48h is not between 1s and 24h"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      idle-timeout: 0s",
            "kmip.listeners[0].idle-timeout: 0s is not between 1s and 24h"),
        // choices and names
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      client-certificate: maybe",
            "kmip.listeners[0].client-certificate: 'maybe' is not one of not-used,"
                + " tls-session-only, tls-session-and-username"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      username-field: EMAIL",
            "kmip.listeners[0].username-field: 'EMAIL' is not one of UID, CN, SN, E, OU"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      tls-protocols: [TLSv1.3, TLSv1.1]",
            "kmip.listeners[0].tls-protocols[1]: 'TLSv1.1' is not one of TLSv1.3, TLSv1.2"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      tls-protocols: []",
            "kmip.listeners[0].tls-protocols: is empty; expected a list of TLSv1.3, TLSv1.2"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      tls-protocols: [TLSv1.2, TLSv1.2]",
            "kmip.listeners[0].tls-protocols[1]: 'TLSv1.2' is listed twice"),
        Arguments.of(
            "kmip:\n  listeners:\n    - port: 5697",
            "kmip.listeners[0].name: is required: 1-32 of a-z, 0-9, '-' and '_', starting with a"
                + " letter or digit"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: Bad Name",
            "kmip.listeners[0].name: 'Bad Name' is not valid: 1-32 of a-z, 0-9, '-' and '_',"
                + " starting with a letter or digit"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      server-certificate: ../../etc/passwd",
            "kmip.listeners[0].server-certificate: '../../etc/passwd' is not valid: 1-64 of"
                + " letters, digits, '.', '-' and '_', starting with a letter or digit"),
        Arguments.of(
            "node-name: \"-bad\"",
            "node-name: '-bad' is not valid: 1-63 of letters, digits, '.' and '-', starting with a"
                + " letter or digit"),
        Arguments.of("kmip:\n  listeners: []", "kmip.listeners: at least one listener is needed"),
        Arguments.of(
            "master-key:\n  passphrase-file: \"\"",
            "master-key.passphrase-file: is empty: the path of a file holding the passphrase"),
        // addresses
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      bind-address: localhost",
            "kmip.listeners[0].bind-address: 'localhost' is not valid: an IP address such as"
                + " 0.0.0.0 (all IPv4 interfaces), :: (all interfaces) or 192.0.2.10"),
        Arguments.of(
            "admin:\n  bind-address: 300.1.2.3",
            "admin.bind-address: '300.1.2.3' is not valid: an IP address such as 0.0.0.0 (all"
                + " IPv4 interfaces), :: (all interfaces) or 192.0.2.10"),
        // rules that span settings
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n    - name: a\n      port: 5697",
            "kmip.listeners[1].name: 'a' is already the name of kmip.listeners[0]"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n    - name: b\n      bind-address: 10.0.0.1",
            "kmip.listeners[1].port: 5696 on 10.0.0.1 is already used by kmip.listeners[0]"
                + " (0.0.0.0); give each a different port or bind address"),
        Arguments.of(
            "admin:\n  port: 5696",
            "admin.port: 5696 on 0.0.0.0 is already used by kmip.listeners[0] (0.0.0.0); give"
                + " each a different port or bind address"),
        Arguments.of(
            "fips:\n  status:\n    port: 9443",
            "fips.status.port: 9443 on 0.0.0.0 is already used by admin (0.0.0.0); give each a"
                + " different port or bind address"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      client-certificate: not-used\n"
                + "      require-source-ip-in-certificate: true",
            "kmip.listeners[0]: listener a: the source-IP check needs client certificates"),
        Arguments.of(
            "kmip:\n  listeners:\n    - name: a\n      password-required: false",
            "kmip.listeners[0]: listener a: without passwords, client certificates must name the"
                + " user (client-certificate mode TLS_SESSION_AND_USERNAME)"),
        // YAML itself
        Arguments.of("admin:\n  port: 1\n  port: 2", "not valid YAML: "),
        Arguments.of("admin: [unclosed", "not valid YAML: line "));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void isRefusedWithOneMessage(String yaml, String message) {
    if (message.startsWith("not valid YAML")) {
      assertThatThrownBy(() -> ServerConfig.parse(yaml, Optional.empty()))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(message);
      return;
    }
    assertThatThrownBy(() -> ServerConfig.parse(yaml, Optional.empty()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }
}
