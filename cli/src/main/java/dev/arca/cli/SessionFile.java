package dev.arca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The administrator session {@code arca login} keeps for the admin commands that follow, in the
 * user's configuration directory: {@code $XDG_CONFIG_HOME/arca/session.json}, else {@code
 * ~/.config/arca/session.json}.
 *
 * <pre>
 * {
 *   "url": "https://kms1.example.com:9443",
 *   "administrator": "admin",
 *   "token": "…",
 *   "expiresAt": "2031-01-01T18:00:00Z",
 *   "idleTimeoutSeconds": 900,
 *   "cacert": "/var/lib/arca/pki/ca/local.pem",
 *   "loggedInAt": "2031-01-01T10:00:00Z"
 * }
 * </pre>
 *
 * <p>The token lets anyone who reads it act as the administrator until it expires, so the file is
 * created readable by its owner only (0600) in a directory only its owner may enter (0700), and a
 * file that others may read is refused rather than used, as ssh does with its keys. A write goes to
 * a new 0600 file that then replaces the old one, so a reader never sees half a session.
 */
final class SessionFile {

  static final String ENV_CONFIG_HOME = "XDG_CONFIG_HOME";
  static final String FILE_NAME = "session.json";

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A stored session.
   *
   * @param url the admin API's base address, normalized ({@link AdminUrl})
   * @param administrator who logged in
   * @param token the bearer token
   * @param expiresAt when the node ends the session whatever its use
   * @param idleTimeoutSeconds how long the node keeps an unused session
   * @param cacert the CA file the login trusted the node by, if one was given
   * @param loggedInAt when the login was
   */
  record Session(
      String url,
      String administrator,
      String token,
      Instant expiresAt,
      long idleTimeoutSeconds,
      Optional<Path> cacert,
      Instant loggedInAt) {

    boolean expired(Instant now) {
      return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
      return "Session[" + administrator + " at " + url + " until " + expiresAt + "]";
    }
  }

  private final Path file;

  SessionFile(Path file) {
    this.file = file;
  }

  /**
   * The session file of this user: {@code $XDG_CONFIG_HOME/arca/session.json} when the variable
   * holds an absolute path (the XDG rule), else {@code <user.home>/.config/arca/session.json}.
   */
  static SessionFile of(Function<String, String> environment) {
    String configHome = environment.apply(ENV_CONFIG_HOME);
    Path base;
    if (configHome != null && !configHome.isEmpty() && Path.of(configHome).isAbsolute()) {
      base = Path.of(configHome);
    } else {
      base = Path.of(System.getProperty("user.home"), ".config");
    }
    return new SessionFile(base.resolve("arca").resolve(FILE_NAME));
  }

  Path path() {
    return file;
  }

  /**
   * The stored session; empty when there is none.
   *
   * @throws CliException when the file cannot be read, is not a session, or others may read it
   */
  Optional<Session> read() throws CliException {
    byte[] bytes;
    try {
      if (posix()) {
        Set<PosixFilePermission> mode =
            Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (!OWNER_ONLY_FILE.containsAll(mode)) {
          throw new CliException(
              "the session file "
                  + file
                  + " may be read by other users ("
                  + PosixFilePermissions.toString(mode)
                  + "); remove it and log in again with 'arca login'");
        }
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CliException("cannot read the session file " + file + ": " + e.getMessage());
    }
    try {
      return Optional.of(parse(JSON.readTree(bytes)));
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      throw new CliException(
          "the session file "
              + file
              + " is not a session arca wrote; remove it and log in again with 'arca login'");
    }
  }

  private static Session parse(JsonNode n) {
    String url = text(n, "url");
    String administrator = text(n, "administrator");
    String token = text(n, "token");
    Instant expires = Instant.parse(text(n, "expiresAt"));
    JsonNode idle = n.path("idleTimeoutSeconds");
    JsonNode cacert = n.path("cacert");
    JsonNode at = n.path("loggedInAt");
    return new Session(
        url,
        administrator,
        token,
        expires,
        idle.canConvertToLong() ? idle.asLong() : 0,
        cacert.isTextual() ? Optional.of(Path.of(cacert.asText())) : Optional.empty(),
        at.isTextual() ? Instant.parse(at.asText()) : expires);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (!v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("no " + field);
    }
    return v.asText();
  }

  /**
   * Stores {@code session}, replacing any other: the directory is created 0700, the file written
   * 0600.
   */
  void write(Session session) throws CliException {
    ObjectNode n = JSON.createObjectNode();
    n.put("url", session.url());
    n.put("administrator", session.administrator());
    n.put("token", session.token());
    n.put("expiresAt", session.expiresAt().toString());
    n.put("idleTimeoutSeconds", session.idleTimeoutSeconds());
    if (session.cacert().isPresent()) {
      n.put("cacert", session.cacert().get().toString());
    } else {
      n.putNull("cacert");
    }
    n.put("loggedInAt", session.loggedInAt().toString());
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a session as JSON", e);
    }
    Path directory = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      createDirectories(directory);
      temporary =
          posix()
              ? Files.createTempFile(
                  directory,
                  ".session",
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
              : Files.createTempFile(directory, ".session", ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new CliException("cannot write the session file " + file + ": " + e.getMessage());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The write failed already, and that is what the user hears about.
        }
      }
    }
  }

  /** Removes the stored session; false when there was none. */
  boolean delete() throws CliException {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new CliException("cannot remove the session file " + file + ": " + e.getMessage());
    }
  }

  /**
   * Removes the stored session if it still holds {@code token}: a session that the node no longer
   * accepts, but not one a concurrent {@code arca login} has just written.
   */
  void deleteIfToken(String token) {
    try {
      Optional<Session> current = read();
      if (current.isPresent() && current.get().token().equals(token)) {
        Files.deleteIfExists(file);
      }
    } catch (CliException | IOException e) {
      // The session is unusable either way; the next login replaces the file.
    }
  }

  /** The configuration directories, 0700 where this code creates them, and {@code arca} always. */
  private static void createDirectories(Path directory) throws IOException {
    if (!posix()) {
      Files.createDirectories(directory);
      return;
    }
    Path parent = directory.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      createDirectories(parent);
    }
    if (!Files.isDirectory(directory)) {
      Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    }
    // The umask may have narrowed the mode at creation, never widened it; an existing directory
    // of ours that others may enter is narrowed too.
    if (directory.getFileName() != null && directory.getFileName().toString().equals("arca")) {
      Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
