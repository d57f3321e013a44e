package dev.arca.core.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Durable, private file writes: the master key file, the development passphrase file, the PKI's
 * sealed keys and certificates, and client bundles.
 *
 * <p>A write goes to a temporary file in the same directory (created 0600 on POSIX), is forced to
 * disk, renamed over the target atomically, and then the directory is forced so the rename itself
 * survives power loss (the classic write–fsync–rename–fsync sequence; see rename(2) and fsync(2)).
 * A crash leaves either the old or the new file, never a torn one.
 */
public final class SecureFiles {

  /** Mode 0600: what every file written here gets unless asked otherwise. */
  public static final Set<PosixFilePermission> OWNER_READ_WRITE =
      PosixFilePermissions.fromString("rw-------");

  /** Mode 0644: for files meant to be handed out, such as a CA certificate. */
  public static final Set<PosixFilePermission> WORLD_READABLE =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private SecureFiles() {}

  public static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Creates the directory if it does not exist: its missing parents with the default mode, the
   * directory itself 0700 on POSIX.
   */
  public static void ensureDirectory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (isPosix(directory)) {
      Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
      Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
    } else {
      Files.createDirectory(directory);
    }
  }

  /** Writes {@code content} to {@code target} atomically and durably, 0600 on POSIX. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target, content, OWNER_READ_WRITE);
  }

  /** Writes {@code content} to {@code target} atomically and durably with the given mode. */
  public static void writeAtomically(Path target, byte[] content, Set<PosixFilePermission> mode)
      throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary =
        directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean posix = isPosix(directory);
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
            : new FileAttribute<?>[0];
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              attributes)) {
        if (posix) {
          // The creation mode is filtered by the umask; set the final mode exactly.
          Files.setPosixFilePermissions(temporary, mode);
        }
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("file system cannot rename atomically: " + directory, e);
      }
      forceDirectory(directory);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Creates {@code target} with {@code content} only if it does not exist yet. */
  public static void createNew(Path target, byte[] content) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    writeAtomically(target, content);
  }

  /** Deletes the file if it exists and makes the deletion durable. */
  public static void deleteDurably(Path target) throws IOException {
    if (Files.deleteIfExists(target)) {
      forceDirectory(target.toAbsolutePath().getParent());
    }
  }

  /** Whether group or others may read the file (POSIX only; false elsewhere). */
  public static boolean readableByOthers(Path file) throws IOException {
    if (!isPosix(file)) {
      return false;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ);
  }

  private static void forceDirectory(Path directory) throws IOException {
    if (!isPosix(directory)) {
      return; // Windows cannot open a directory as a channel; NTFS journals the rename.
    }
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
