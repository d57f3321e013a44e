package dev.arca.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.ttlv.DecodeLimits;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @TempDir Path directory;

  @Test
  void defaultsNeedNoFile() {
    ServerConfig config = ServerConfig.defaults(directory);

    assertThat(config.nodeName()).matches("[A-Za-z0-9][A-Za-z0-9.-]*");
    assertThat(config.dataDirectory()).isEqualTo(directory.toAbsolutePath());
    assertThat(config.logDirectory()).isEqualTo(directory.toAbsolutePath().resolve("logs"));
    assertThat(config.masterKeyPassphraseFile()).isEmpty();
    assertThat(config.fips().enabled()).isFalse();
    assertThat(config.fips().status())
        .isEqualTo(new ServerConfig.StatusServer(true, "0.0.0.0", 9081, "web"));
    assertThat(config.admin()).isEqualTo(new ServerConfig.Admin("0.0.0.0", 9443, "web"));
    assertThat(config.kmip().decodeLimits()).isEqualTo(DecodeLimits.DEFAULT);
    assertThat(config.kmip().listeners()).hasSize(1);
    ListenerConfig listener = config.kmip().listeners().get(0);
    assertThat(listener.name()).isEqualTo("default");
    assertThat(listener.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(listener.port()).isEqualTo(5696);
    assertThat(listener.serverCertificate()).isEqualTo("kmip");
    assertThat(listener.trustedCaProfile()).isEqualTo("Default");
    assertThat(listener.idleTimeout()).isEqualTo(Duration.ofHours(1));
    assertThat(config.kmip().listener("default")).contains(listener);
    assertThat(ServerConfig.defaults().dataDirectory())
        .isEqualTo(Path.of("arca-data").toAbsolutePath());
  }

  @Test
  void anEmptyFileMeansTheDefaults() throws Exception {
    assertThat(ServerConfig.parse("", Optional.of(directory)))
        .isEqualTo(ServerConfig.defaults(directory));
    assertThat(ServerConfig.parse("# nothing but a comment\n", Optional.of(directory)))
        .isEqualTo(ServerConfig.defaults(directory));
  }

  @Test
  void theWrittenExampleReadsBackToTheSameConfiguration() throws Exception {
    ServerConfig defaults = ServerConfig.defaults(directory);
    Path file = directory.resolve(ServerConfig.FILE_NAME);
    defaults.write(file);

    String text = Files.readString(file);
    assertThat(text)
        .contains("# Arca server configuration.")
        .contains("  listeners:\n    - name: default\n")
        .contains("idle-timeout: 3600s")
        .contains("client-certificate: tls-session-only")
        .contains("tls-protocols: [TLSv1.3, TLSv1.2]")
        .contains("# passphrase-file:");
    assertThat(ServerConfig.load(file)).isEqualTo(defaults);
    assertThatThrownBy(() -> defaults.write(file)).isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void aFullExampleParses() throws Exception {
    String yaml =
        String.join(
            "\n",
            "node-name: node-2.dc1",
            "data-directory: " + directory.resolve("data"),
            "log-directory: /var/log/arca",
            "master-key:",
            "  passphrase-file: secrets/passphrase",
            "fips:",
            "  enabled: true",
            "  status:",
            "    enabled: false",
            "    bind-address: 127.0.0.1",
            "    port: 9082",
            "    server-certificate: status",
            "kmip:",
            "  max-message-bytes: 65536",
            "  max-nesting-depth: 16",
            "  listeners:",
            "    - name: internal",
            "      bind-address: 10.0.0.5",
            "      port: 5696",
            "      server-certificate: kmip",
            "      trusted-ca-profile: Default",
            "      idle-timeout: 30m",
            "    - name: external",
            "      bind-address: 192.0.2.5",
            "      port: 5696",
            "      server-certificate: kmip-external",
            "      trusted-ca-profile: partners",
            "      idle-timeout: 120s",
            "      allow-key-and-policy-configuration: false",
            "      allow-key-export: false",
            "      client-certificate: tls-session-and-username",
            "      username-field: uid",
            "      require-source-ip-in-certificate: true",
            "      password-required: false",
            "      tls-protocols: [TLSv1.3]",
            "admin:",
            "  bind-address: \"::\"",
            "  port: 8443",
            "  server-certificate: web",
            "");

    ServerConfig config = ServerConfig.parse(yaml, Optional.empty());

    Path data = directory.resolve("data").toAbsolutePath();
    assertThat(config.nodeName()).isEqualTo("node-2.dc1");
    assertThat(config.dataDirectory()).isEqualTo(data);
    assertThat(config.logDirectory()).isEqualTo(Path.of("/var/log/arca"));
    assertThat(config.masterKeyPassphraseFile()).contains(data.resolve("secrets/passphrase"));
    assertThat(config.fips().enabled()).isTrue();
    assertThat(config.fips().status())
        .isEqualTo(new ServerConfig.StatusServer(false, "127.0.0.1", 9082, "status"));
    assertThat(config.kmip().decodeLimits()).isEqualTo(new DecodeLimits(65536, 16));
    assertThat(config.admin()).isEqualTo(new ServerConfig.Admin("::", 8443, "web"));
    assertThat(config.kmip().listeners())
        .containsExactly(
            new ListenerConfig(
                "internal",
                "10.0.0.5",
                5696,
                "kmip",
                "Default",
                Duration.ofMinutes(30),
                true,
                true,
                ClientCertificateMode.TLS_SESSION_ONLY,
                CertificateField.CN,
                false,
                true,
                List.of("TLSv1.3", "TLSv1.2")),
            new ListenerConfig(
                "external",
                "192.0.2.5",
                5696,
                "kmip-external",
                "partners",
                Duration.ofSeconds(120),
                false,
                false,
                ClientCertificateMode.TLS_SESSION_AND_USERNAME,
                CertificateField.UID,
                true,
                false,
                List.of("TLSv1.3")));

    // What is written reads back the same, two listeners and all.
    Path file = directory.resolve("full.yaml");
    config.write(file);
    assertThat(ServerConfig.load(file)).isEqualTo(config);
  }

  @Test
  void valuesThatLookLikeOtherYamlTypesAreQuotedWhenWritten() throws Exception {
    ServerConfig defaults = ServerConfig.defaults(directory);
    ServerConfig tricky =
        new ServerConfig(
            "1234",
            directory.resolve("data with spaces, \"quotes\" and: colons"),
            Path.of("/var/log/arca #1"),
            Optional.of(Path.of("/etc/arca/true")),
            defaults.fips(),
            new ServerConfig.Kmip(
                List.of(ListenerConfig.defaults("017", "0.5")), defaults.kmip().decodeLimits()),
            new ServerConfig.Admin("::", 9443, "yes"));
    Path file = directory.resolve("tricky.yaml");
    tricky.write(file);
    assertThat(ServerConfig.load(file)).isEqualTo(tricky);
  }

  @Test
  void theCommandLineDataDirectoryWins() throws Exception {
    ServerConfig config =
        ServerConfig.parse(
            "data-directory: /elsewhere\nlog-directory: logs2\n", Optional.of(directory));
    assertThat(config.dataDirectory()).isEqualTo(directory.toAbsolutePath());
    assertThat(config.logDirectory()).isEqualTo(directory.toAbsolutePath().resolve("logs2"));
  }

  @Test
  void loadOrWriteDefaultsWritesTheExampleOnce() throws Exception {
    Path data = directory.resolve("fresh");
    ServerConfig first = ServerConfig.loadOrWriteDefaults(data);
    assertThat(data.resolve("arca.yaml")).exists();
    assertThat(ServerConfig.loadOrWriteDefaults(data)).isEqualTo(first);
  }

  @Test
  void errorsFromAFileNameTheFileAndTheSetting() throws Exception {
    Path file = directory.resolve("arca.yaml");
    Files.writeString(
        file, "kmip:\n  listeners:\n    - name: a\n    - name: b\n      port: 70000\n");
    assertThatThrownBy(() -> ServerConfig.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": kmip.listeners[1].port: 70000 is not between 1 and 65535")
        .satisfies(
            e -> {
              ConfigException problem = (ConfigException) e;
              assertThat(problem.setting()).contains("kmip.listeners[1].port");
              assertThat(problem.source()).contains(file.toString());
              assertThat(problem.problem()).isEqualTo("70000 is not between 1 and 65535");
            });
    assertThatThrownBy(() -> ServerConfig.load(directory.resolve("missing.yaml")))
        .hasMessageEndingWith("missing.yaml: no such file");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> ServerConfig.load(file)).hasMessage(file + ": is not UTF-8 text");
  }
}
