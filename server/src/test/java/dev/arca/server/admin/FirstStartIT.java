package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.admin.AdminPermission;
import dev.arca.core.admin.Administrator;
import dev.arca.server.FirstRun.InitialAdministrator;
import dev.arca.server.NodeOptions;
import dev.arca.server.testing.NodeFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a node's first start creates for administration. */
class FirstStartIT {

  @Test
  void theFirstStartCreatesAdminWithAPasswordShownOnceAndNeverStored() throws Exception {
    try (NodeFixture node =
        NodeFixture.start(
            l -> l,
            o ->
                new NodeOptions(
                    o.firstUser(),
                    o.firstUserPassword(),
                    o.extraServerNames(),
                    o.clock(),
                    o.userSettings(),
                    o.masterKeyIterations(),
                    o.audit(),
                    Optional.empty(),
                    o.adminSettings(),
                    o.adminApi()))) {
      InitialAdministrator initial = node.node.initialAdministrator().orElseThrow();
      assertThat(initial.name()).isEqualTo("admin");
      assertThat(initial.generated()).isTrue();
      char[] password = initial.takePassword().orElseThrow();
      assertThat(password.length).isGreaterThanOrEqualTo(20);
      assertThat(initial.takePassword()).isEmpty();
      assertThat(initial.toString()).doesNotContain(new String(password));

      Administrator admin = node.node.admins().get("admin").orElseThrow();
      assertThat(admin.permissions()).containsExactlyInAnyOrder(AdminPermission.values());
      AdminClient.of(node).login("admin", new String(password));

      // Nowhere on disk in clear: not in the database, the logs, the PKI or the bundles.
      byte[] needle = new String(password).getBytes(StandardCharsets.UTF_8);
      try (Stream<Path> files = Files.walk(node.dataDirectory)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(indexOf(Files.readAllBytes(f), needle)).as(f.toString()).isNegative();
        }
      }
      assertThat(Files.getPosixFilePermissions(node.dataDirectory.resolve("clients")))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));

      // A restart creates nothing more.
      node.restart();
      assertThat(node.node.initialAdministrator()).isEmpty();
      assertThat(node.node.admins().list())
          .extracting(Administrator::name)
          .containsExactly("admin");
    }
  }

  @Test
  void aGivenPasswordIsNotShown() {
    try (NodeFixture node = NodeFixture.start()) {
      InitialAdministrator initial = node.node.initialAdministrator().orElseThrow();
      assertThat(initial.generated()).isFalse();
      assertThat(initial.takePassword()).isEmpty();
      AdminClient.of(node).asAdmin();
      assertThat(List.of(node.dataDirectory.resolve("clients").toFile().list()))
          .containsExactly(NodeFixture.USER);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
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
