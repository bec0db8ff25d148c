package vn.giamngheo.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the registry is: the application's PostgreSQL. Serializable, so that every Spark task opens
 * its own connection to read its province partition and to write its results.
 */
public record Database(String url, String user, String password) implements Serializable {

    public Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", "giamngheo-national-jobs");
        // streamed reads (a fetch size is honoured only outside autocommit)
        p.setProperty("defaultRowFetchSize", "5000");
        p.setProperty("reWriteBatchedInserts", "true");
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(false);
        return c;
    }
}
