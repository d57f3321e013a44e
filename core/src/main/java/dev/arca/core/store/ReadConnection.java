package dev.arca.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read-only connection of the pool, with its prepared statements kept for reuse: Locate builds
 * a handful of distinct queries, and preparing each anew would cost more than running it.
 *
 * <p>Used by one thread at a time (the pool hands it out). Every result set must be closed before
 * the connection goes back, which ends the read transaction and so lets WAL checkpoints proceed.
 */
final class ReadConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReadConnection.class);

  private static final int MAX_STATEMENTS = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= MAX_STATEMENTS) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  ReadConnection(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  /** A prepared statement for {@code sql}, parameters cleared. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      statements.put(sql, p);
    } else {
      p.clearParameters();
    }
    return p;
  }

  private static void closeQuietly(PreparedStatement p) {
    try {
      p.close();
    } catch (SQLException e) {
      LOG.debug("Closing a cached statement failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p : statements.values()) {
      closeQuietly(p);
    }
    statements.clear();
    connection.close();
  }
}
