package dev.arca.core.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The logical contents of a store's database: every table's rows in primary key order, each value
 * written with its SQLite type. Two databases with equal dumps hold the same data, whatever their
 * page layout.
 */
public final class LogicalDump {

  private LogicalDump() {}

  /** The dump of the database in {@code dataDirectory}; the store must be closed. */
  public static byte[] of(Path dataDirectory) throws SQLException, IOException {
    String url = "jdbc:sqlite:" + dataDirectory.resolve(SqliteStore.DATABASE_FILE);
    try (Connection c = DriverManager.getConnection(url)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      for (String table : tables(c)) {
        out.writeUTF("table " + table);
        String order = String.join(", ", primaryKey(c, table));
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            out.writeByte('r');
            for (int i = 1; i <= md.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              if (v == null) {
                out.writeByte('n');
              } else if (v instanceof Integer || v instanceof Long) {
                out.writeByte('i');
                out.writeLong(((Number) v).longValue());
              } else if (v instanceof Double) {
                out.writeByte('f');
                out.writeDouble((Double) v);
              } else if (v instanceof String) {
                byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
                out.writeByte('t');
                out.writeInt(b.length);
                out.write(b);
              } else if (v instanceof byte[]) {
                byte[] b = (byte[]) v;
                out.writeByte('b');
                out.writeInt(b.length);
                out.write(b);
              } else {
                throw new IllegalStateException("unexpected value type " + v.getClass());
              }
            }
          }
        }
      }
      out.flush();
      return bytes.toByteArray();
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    TreeMap<Integer, String> pk = new TreeMap<>();
    List<String> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        all.add(rs.getString("name"));
        int position = rs.getInt("pk");
        if (position > 0) {
          pk.put(position, rs.getString("name"));
        }
      }
    }
    return pk.isEmpty() ? all : new ArrayList<>(pk.values());
  }
}
