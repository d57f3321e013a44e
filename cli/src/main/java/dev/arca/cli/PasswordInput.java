package dev.arca.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the admin commands read passwords from: the console without echo, the first line of a file,
 * or the first line of standard input — never a command-line argument, which other users of the
 * host can see in the process list. Passwords stay in {@code char[]}s that the caller clears.
 */
final class PasswordInput {

  /** The console; tests replace it. */
  interface Terminal {
    /** Asks without echo; empty when there is no interactive console. */
    Optional<char[]> readPassword(String prompt);

    /** Asks for a line with echo; empty when there is no interactive console. */
    Optional<String> readLine(String prompt);
  }

  /** The process's console, when it is an interactive terminal. */
  static Terminal terminal = new SystemTerminal();

  /** Standard input; tests replace it. */
  static InputStream stdin = System.in;

  /** The most bytes read as one password line: far beyond any password policy. */
  private static final int MAX_LINE = 4096;

  private PasswordInput() {}

  /**
   * A new password for {@code whom}: from {@code file}, else standard input when {@code fromStdin},
   * else asked twice on the console.
   *
   * @throws CliException when none of them gives one, or the two entries differ
   */
  static char[] newPassword(String whom, Path file, boolean fromStdin) throws CliException {
    if (file != null && fromStdin) {
      throw new CliException("--password-file and --password-stdin exclude each other");
    }
    if (file != null) {
      return fromFile(file);
    }
    if (fromStdin) {
      return fromStdin();
    }
    char[] first =
        terminal
            .readPassword("New password for " + whom + ": ")
            .orElseThrow(
                () ->
                    new CliException(
                        "no console to ask the new password on: give --password-file FILE or"
                            + " --password-stdin"));
    char[] second = terminal.readPassword("Repeat the password: ").orElse(new char[0]);
    try {
      if (!Arrays.equals(first, second)) {
        clear(first);
        throw new CliException("the two passwords differ; nothing was changed");
      }
      if (first.length == 0) {
        throw new CliException("the password is empty; nothing was changed");
      }
      return first;
    } finally {
      clear(second);
    }
  }

  /** The first line of {@code file}, without its line end. */
  static char[] fromFile(Path file) throws CliException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage());
    }
    try {
      char[] line = firstLine(bytes, bytes.length, file.toString());
      if (line.length == 0) {
        throw new CliException(file + ": the first line, the password, is empty");
      }
      return line;
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The first line of standard input, without its line end. */
  static char[] fromStdin() throws CliException {
    byte[] buffer = new byte[MAX_LINE];
    int n = 0;
    try {
      while (n < buffer.length) {
        int b = stdin.read();
        if (b < 0 || b == '\n') {
          break;
        }
        buffer[n++] = (byte) b;
      }
      char[] line = firstLine(buffer, n, "standard input");
      if (line.length == 0) {
        throw new CliException("standard input: the first line, the password, is empty");
      }
      return line;
    } catch (IOException e) {
      throw new CliException("cannot read the password from standard input: " + e.getMessage());
    } finally {
      Arrays.fill(buffer, (byte) 0);
    }
  }

  private static char[] firstLine(byte[] bytes, int length, String source) throws CliException {
    int end = 0;
    while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    CharBuffer chars = null;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, end));
      char[] out = new char[chars.remaining()];
      chars.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new CliException(source + ": the password is not UTF-8 text");
    } finally {
      if (chars != null && chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
    }
  }

  static void clear(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }

  /**
   * {@link System#console()}, when it is a terminal. From Java 22 the console may exist with input
   * or output redirected, and {@code Console.isTerminal()} (not in Java 17's API) tells the
   * difference, so it is asked by name where the runtime has it.
   */
  private static final class SystemTerminal implements Terminal {

    private static Optional<Console> console() {
      Console c = System.console();
      if (c == null) {
        return Optional.empty();
      }
      try {
        Method isTerminal = Console.class.getMethod("isTerminal");
        if (!Boolean.TRUE.equals(isTerminal.invoke(c))) {
          return Optional.empty();
        }
      } catch (NoSuchMethodException e) {
        // Java 17 to 21: a console exists only on a terminal.
      } catch (ReflectiveOperationException e) {
        return Optional.empty();
      }
      return Optional.of(c);
    }

    @Override
    public Optional<char[]> readPassword(String prompt) {
      return console().map(c -> c.readPassword("%s", prompt));
    }

    @Override
    public Optional<String> readLine(String prompt) {
      return console().map(c -> c.readLine("%s", prompt));
    }
  }
}
