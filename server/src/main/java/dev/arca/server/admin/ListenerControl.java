package dev.arca.server.admin;

import dev.arca.server.config.ListenerConfig;
import dev.arca.server.kmip.KmipListener;
import java.util.List;

/** What the admin API may do with the node's KMIP listeners: see them and reconfigure them. */
public interface ListenerControl {

  /** The running listeners, in order; the first is the default. */
  List<KmipListener> running();

  /**
   * Makes the running listeners match {@code configs} without a restart.
   *
   * @throws IllegalStateException naming the listeners that could not be started or updated
   */
  void apply(List<ListenerConfig> configs);
}
