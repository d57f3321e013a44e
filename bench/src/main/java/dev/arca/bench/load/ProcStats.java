package dev.arca.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * CPU time and memory of processes and of the machine, from Linux's {@code /proc} (proc(5)). Every
 * reader returns empty where {@code /proc} is missing or the process is gone or not readable, so a
 * load against a remote server, or on another system, simply reports no server figures.
 */
final class ProcStats {

  /**
   * Clock ticks per second of {@code /proc/<pid>/stat}: USER_HZ, 100 on every Linux architecture
   * the JVM runs on (the kernel's internal HZ does not show there).
   */
  static final long TICKS_PER_SECOND = 100;

  private static final Path PROC = Path.of("/proc");

  private ProcStats() {}

  /** The process's user and system CPU time so far, in nanoseconds. */
  static OptionalLong cpuNanos(long pid) {
    try {
      String stat = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.US_ASCII);
      // The command name, field 2, is in parentheses and may hold spaces; count from after it.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
      return OptionalLong.of(ticks * (1_000_000_000L / TICKS_PER_SECOND));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The process's resident set size now, in bytes. */
  static OptionalLong residentBytes(long pid) {
    return statusKib(pid, "VmRSS:");
  }

  /** The process's peak resident set size since it started, in bytes. */
  static OptionalLong peakResidentBytes(long pid) {
    return statusKib(pid, "VmHWM:");
  }

  private static OptionalLong statusKib(long pid, String field) {
    try {
      for (String line :
          Files.readAllLines(PROC.resolve(pid + "/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith(field)) {
          String v = line.substring(field.length()).strip();
          return OptionalLong.of(Long.parseLong(v.substring(0, v.indexOf(' '))) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Gone or not ours.
    }
    return OptionalLong.empty();
  }

  /**
   * The machine's CPU time so far (every core): {busy, total} in ticks, from {@code /proc/stat}.
   */
  static long[] machineTicks() {
    try {
      String first = Files.readAllLines(PROC.resolve("stat"), StandardCharsets.US_ASCII).get(0);
      String[] f = first.strip().split("\\s+");
      long total = 0;
      // user nice system idle iowait irq softirq steal (guest time is already in user).
      for (int i = 1; i <= 8 && i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** This process's id. */
  static long self() {
    return ProcessHandle.current().pid();
  }

  /**
   * The process listening on TCP {@code port} of this machine, found through the socket's inode in
   * {@code /proc/net/tcp} and {@code tcp6} and the file descriptors of the processes this user may
   * read. Empty when none or several are found.
   */
  static OptionalLong listening(int port) {
    long inode = -1;
    for (String table : List.of("net/tcp", "net/tcp6")) {
      try {
        for (String line : Files.readAllLines(PROC.resolve(table), StandardCharsets.US_ASCII)) {
          String[] f = line.strip().split("\\s+");
          if (f.length < 10 || !f[3].equals("0A")) {
            continue; // 0A: LISTEN
          }
          String local = f[1];
          int p = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
          if (p == port) {
            inode = Long.parseLong(f[9]);
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        // No such table.
      }
      if (inode > 0) {
        break;
      }
    }
    if (inode <= 0) {
      return OptionalLong.empty();
    }
    String target = "socket:[" + inode + "]";
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path process : processes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
          for (Path fd : fds) {
            try {
              if (Files.readSymbolicLink(fd).toString().equals(target)) {
                return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
              }
            } catch (IOException | RuntimeException e) {
              // Closed meanwhile.
            }
          }
        } catch (IOException | RuntimeException e) {
          // Another user's process.
        }
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
