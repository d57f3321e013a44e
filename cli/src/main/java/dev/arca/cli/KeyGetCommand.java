package dev.arca.cli;

import dev.arca.client.RetrievedObject;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.KeyFormatType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arca key get}: the key material (KMIP Get), written only where the user says. Key material
 * never goes to the terminal by default: {@code --out FILE} writes a new file readable by its owner
 * only (0600), {@code --out -} writes the bytes to standard output for a pipe.
 */
@Command(
    name = "get",
    description = {
      "Export a key's material, if the key and the listener allow export.",
      "The bytes go to a new file that only you can read (--out FILE, mode 0600) or, with"
          + " --out -, to standard output; never to the terminal by default."
    },
    footer = {
      "",
      "Formats: raw (symmetric keys), pkcs8 or pkcs1 (private keys), x509 or pkcs1 (public keys).",
      "Default: the format the key was created or registered in.",
      "",
      "Examples:",
      "  arca key get --name payments --out payments.key",
      "  arca key get 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41 --format pkcs8 --out signer.der",
      "  arca key get --name payments --out - | xxd"
    })
final class KeyGetCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the key material goes: a new file (0600), or - for standard output.")
  String out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "Key format: raw, pkcs8, pkcs1, x509, …")
  KeyFormatType format;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws CliException {
    if (out == null) {
      throw new CliException(
          "key material is written only where you say: give --out FILE, or --out - for"
              + " standard output");
    }
    boolean toStdout = out.equals("-");
    if (toStdout && output.json) {
      throw new CliException("--json and --out - both write to standard output; choose one");
    }
    Path file = toStdout ? null : Path.of(out);
    if (file != null && !force && Files.exists(file)) {
      throw new CliException(file + " exists; choose a new file or add --force");
    }
    RetrievedObject object =
        connection.call(
            client -> {
              String id = key.resolve(client);
              return format == null ? client.get(id) : client.get(id, format);
            });
    byte[] bytes;
    try {
      bytes =
          object
              .bytes()
              .orElseThrow(
                  () ->
                      new CliException(
                          "the key came in format "
                              + object.keyFormat().map(KeyFormatType::specName).orElse("?")
                              + ", which has no byte form; use --format raw, pkcs8, pkcs1 or"
                              + " x509"));
    } catch (KmipException e) {
      throw new CliException("malformed key from the server: " + e.getMessage());
    }
    try {
      if (toStdout) {
        OutputStream stdout = System.out;
        stdout.write(bytes);
        stdout.flush();
        return 0;
      }
      writePrivate(file, bytes, force);
    } catch (IOException e) {
      throw new CliException(out + ": cannot write: " + e.getMessage());
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", object.uniqueIdentifier());
    row.put("objectType", object.objectType().specName());
    row.put("format", object.keyFormat().map(KeyFormatType::specName).orElse(null));
    row.put("bytes", bytes.length);
    row.put("file", file.toAbsolutePath().toString());
    output
        .out()
        .message(
            "Wrote "
                + bytes.length
                + " bytes of "
                + object.objectType().specName()
                + " "
                + object.uniqueIdentifier()
                + object.keyFormat().map(f -> " (" + f.specName() + ")").orElse("")
                + " to "
                + file,
            row);
    return 0;
  }

  /**
   * Writes {@code bytes} to a new file created with mode 0600, so that the key is never readable by
   * others, not even for a moment (the process umask can only remove permissions).
   */
  static void writePrivate(Path file, byte[] bytes, boolean replace) throws IOException {
    if (replace) {
      Files.deleteIfExists(file);
    }
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(
                  Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
            }
            : new FileAttribute<?>[0];
    try (SeekableByteChannel channel = Files.newByteChannel(file, options, attributes)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IOException("exists", e);
    }
    if (!posix) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
      file.toFile().setWritable(false, false);
      file.toFile().setWritable(true, true);
    }
  }

  /** Parses a key format name. */
  static final class FormatConverter extends KmipNames.Converter<KeyFormatType> {
    FormatConverter() {
      super(KeyFormatType.class, List.of("raw", "pkcs8", "pkcs1", "x509"));
    }
  }

  /** The values' CLI names, for shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return KmipNames.cliNames(KeyFormatType.class).iterator();
    }
  }
}
