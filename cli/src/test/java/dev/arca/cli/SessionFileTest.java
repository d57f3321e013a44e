package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {

  @TempDir Path dir;

  private static final SessionFile.Session SESSION =
      new SessionFile.Session(
          "https://kms1.example.com:9443",
          "admin",
          "dG9rZW4tMDEyMzQ1Njc4OWFiY2RlZg",
          Instant.parse("2031-01-01T18:00:00Z"),
          900,
          Optional.of(Path.of("/var/lib/arca/pki/ca/local.pem")),
          Instant.parse("2031-01-01T10:00:00Z"));

  private SessionFile file() {
    return SessionFile.of(Map.of("XDG_CONFIG_HOME", dir.toString())::get);
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void itLivesInTheXdgConfigDirectory() {
    assertThat(file().path()).isEqualTo(dir.resolve("arca").resolve("session.json"));
  }

  @Test
  void withoutAnAbsoluteXdgDirectoryItLivesInDotConfig() {
    Path home = Path.of(System.getProperty("user.home"));
    Path expected = home.resolve(".config").resolve("arca").resolve("session.json");
    assertThat(SessionFile.of(name -> null).path()).isEqualTo(expected);
    assertThat(SessionFile.of(Map.of("XDG_CONFIG_HOME", "relative/dir")::get).path())
        .isEqualTo(expected);
  }

  @Test
  void aWrittenSessionReadsBackAndOnlyItsOwnerMayReadIt() throws Exception {
    SessionFile f = file();
    f.write(SESSION);
    assertThat(mode(f.path())).isEqualTo("rw-------");
    assertThat(mode(f.path().getParent())).isEqualTo("rwx------");
    assertThat(f.read()).contains(SESSION);
    assertThat(Files.readString(f.path()))
        .contains("\"url\" : \"https://kms1.example.com:9443\"")
        .contains("\"administrator\" : \"admin\"")
        .contains("\"expiresAt\" : \"2031-01-01T18:00:00Z\"")
        .contains("\"idleTimeoutSeconds\" : 900")
        .contains("\"cacert\" : \"/var/lib/arca/pki/ca/local.pem\"")
        .contains("\"loggedInAt\" : \"2031-01-01T10:00:00Z\"");
    // Never the token in a string form meant for people.
    assertThat(SESSION.toString()).doesNotContain(SESSION.token());
  }

  @Test
  void aNewSessionReplacesTheOldAndLeavesNoTemporaryFile() throws Exception {
    SessionFile f = file();
    f.write(SESSION);
    SessionFile.Session other =
        new SessionFile.Session(
            "https://kms2.example.com:9443",
            "officer",
            "b3RoZXItdG9rZW4",
            Instant.parse("2031-01-02T18:00:00Z"),
            60,
            Optional.empty(),
            Instant.parse("2031-01-02T10:00:00Z"));
    f.write(other);
    assertThat(f.read()).contains(other);
    try (var entries = Files.list(f.path().getParent())) {
      assertThat(entries).containsExactly(f.path());
    }
  }

  @Test
  void anExistingDirectoryIsNarrowedToItsOwner() throws Exception {
    Path arca = Files.createDirectories(dir.resolve("arca"));
    Files.setPosixFilePermissions(arca, PosixFilePermissions.fromString("rwxr-xr-x"));
    file().write(SESSION);
    assertThat(mode(arca)).isEqualTo("rwx------");
  }

  @Test
  void noFileIsNoSession() throws Exception {
    assertThat(file().read()).isEmpty();
    assertThat(file().delete()).isFalse();
  }

  @Test
  void aFileOthersMayReadIsRefused() throws Exception {
    SessionFile f = file();
    f.write(SESSION);
    Files.setPosixFilePermissions(f.path(), PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(f::read)
        .isInstanceOf(CliException.class)
        .hasMessageContaining("may be read by other users (rw-r--r--)")
        .hasMessageContaining("arca login");
  }

  @Test
  void aFileThatIsNotASessionIsNamed() throws Exception {
    SessionFile f = file();
    f.write(SESSION);
    Files.writeString(f.path(), "{\"url\": \"https://x\"}");
    assertThatThrownBy(f::read)
        .isInstanceOf(CliException.class)
        .hasMessage(
            "the session file "
                + f.path()
                + " is not a session arca wrote; remove it and log in again with 'arca login'");
  }

  @Test
  void onlyTheSessionOfTheTokenIsForgotten() throws Exception {
    SessionFile f = file();
    f.write(SESSION);
    f.deleteIfToken("another-token");
    assertThat(f.path()).exists();
    f.deleteIfToken(SESSION.token());
    assertThat(f.path()).doesNotExist();
  }

  @Test
  void expiryIsExact() {
    assertThat(SESSION.expired(Instant.parse("2031-01-01T17:59:59Z"))).isFalse();
    assertThat(SESSION.expired(Instant.parse("2031-01-01T18:00:00Z"))).isTrue();
  }
}
