package dev.arca.server.config;

import java.util.Optional;

/**
 * An invalid configuration: start-up stops with this one message, which names the setting by its
 * path in the YAML file ({@code kmip.listeners[1].port}) and says what is allowed, e.g. {@code
 * /var/lib/arca/arca.yaml: kmip.listeners[1].port: 70000 is not between 1 and 65535}.
 */
public final class ConfigException extends Exception {

  private final String source;
  private final String setting;
  private final String problem;

  /**
   * Creates an exception about one setting.
   *
   * @param setting the setting's path, e.g. {@code kmip.listeners[1].port}; empty for the file as a
   *     whole
   * @param problem what is wrong and what is allowed
   */
  public ConfigException(String setting, String problem) {
    this("", setting, problem, null);
  }

  /** As {@link #ConfigException(String, String)}, keeping the underlying failure. */
  public ConfigException(String setting, String problem, Throwable cause) {
    this("", setting, problem, cause);
  }

  private ConfigException(String source, String setting, String problem, Throwable cause) {
    super(message(source, setting, problem), cause);
    this.source = source;
    this.setting = setting;
    this.problem = problem;
  }

  /** The path of the offending setting, if the problem is with one setting. */
  public Optional<String> setting() {
    return setting.isEmpty() ? Optional.empty() : Optional.of(setting);
  }

  /** The file (or other source) the problem was found in, if known. */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  /** What is wrong, without the source and the setting's path. */
  public String problem() {
    return problem;
  }

  /** The same problem, found in {@code where}. */
  ConfigException in(String where) {
    return new ConfigException(where, setting, problem, getCause());
  }

  private static String message(String source, String setting, String problem) {
    StringBuilder out = new StringBuilder();
    if (!source.isEmpty()) {
      out.append(source).append(": ");
    }
    if (!setting.isEmpty()) {
      out.append(setting).append(": ");
    }
    return out.append(problem).toString();
  }
}
