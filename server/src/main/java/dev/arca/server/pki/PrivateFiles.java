package dev.arca.server.pki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
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
 * Durable, owner-only file writes for everything the PKI keeps and hands out.
 *
 * <p>A write goes to a temporary file in the same directory, created with the final permissions,
 * forced to disk, renamed over the target atomically, and then the directory is forced so that the
 * rename survives power loss (write, fsync, rename, fsync of the directory; see rename(2)). A crash
 * leaves the old or the new file, never a torn one, and a private file is never readable by others,
 * not even for a moment.
 */
final class PrivateFiles {

  /** {@code rw-------}: private keys, sealed material, passwords. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** {@code rw-r--r--}: certificates and other public files handed to users. */
  static final Set<PosixFilePermission> WORLD_READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the directory and its missing parents, the directory itself 0700 on POSIX. */
  static void ensureDirectory(Path directory) throws IOException {
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
  static void write(Path target, byte[] content) throws IOException {
    write(target, content, OWNER_ONLY);
  }

  /** Writes {@code content} to {@code target} atomically and durably with the given mode. */
  static void write(Path target, byte[] content, Set<PosixFilePermission> mode) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary =
        directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean posix = isPosix(directory);
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              attributes)) {
        if (posix) {
          // The creation mode passes through the umask; set the final mode exactly.
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

  /** Deletes the file if it exists and makes the deletion durable. */
  static void delete(Path target) throws IOException {
    if (Files.deleteIfExists(target)) {
      forceDirectory(target.toAbsolutePath().getParent());
    }
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
