package dev.arca.server.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.arca.server.pki.ClientBundle;
import dev.arca.server.testing.FipsNodeProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real PyKMIP client against a node in FIPS mode ({@code interop/pykmip/test_pykmip_fips.py}):
 * a 3DES key, a Blowfish key, an RSA-1024 key pair, a 64-bit HMAC key and an MD5 hash are refused
 * with Cryptographic Failure or Invalid Field and a message naming the algorithm; AES-256, RSA-3072
 * and P-256 work. Skipped without Debian's PyKMIP, except under {@code CI=true}, where it fails.
 */
class PyKmipFipsIT {

  /** The suite's cases; a run with fewer cannot pass. */
  private static final int TESTS = 9;

  @Test
  void pykmipSeesFipsMode() throws Exception {
    PyKmipIT.requirePyKmip();
    Path suiteDirectory = PyKmipIT.findSuite().getParent();
    try (FipsNodeProcess node = FipsNodeProcess.start()) {
      ProcessBuilder builder =
          new ProcessBuilder("/usr/bin/python3", "-m", "unittest", "-v", "test_pykmip_fips")
              .directory(suiteDirectory.toFile())
              .redirectErrorStream(true);
      Map<String, String> env = builder.environment();
      env.put("PYKMIP_CONFIG", node.bundle().resolve(ClientBundle.PYKMIP_CONFIG).toString());
      env.put("PYTHONDONTWRITEBYTECODE", "1");
      env.put("PYTHONUNBUFFERED", "1");
      Process process = builder.start();
      List<String> output = Collections.synchronizedList(new ArrayList<>());
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    output.add(line);
                    System.out.println("[pykmip-fips] " + line);
                  }
                } catch (IOException e) {
                  // The process ended.
                }
              },
              "pykmip-fips");
      reader.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("the PyKMIP FIPS suite did not finish");
      }
      reader.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(output).anyMatch(l -> l.startsWith("Ran " + TESTS + " tests in "));
      assertThat(output).contains("OK");
      assertThat(output).noneMatch(l -> l.contains("skipped"));
      assertThat(process.exitValue()).as("exit code of the PyKMIP FIPS suite").isZero();
    }
  }
}
