package com.clothingchain.shared.persistence;

import com.clothingchain.shared.config.Setting;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The physical data source behind each site's container-managed pool ({@code <data-source>} in
 * application.xml or web.xml). The descriptor only gives defaults; {@code chain.db.url},
 * {@code chain.db.user} and {@code chain.db.password} (system properties, or the environment variables
 * {@code CHAIN_DB_URL}, ...) override them at run time. The same archive therefore runs on Payara and
 * WildFly, on H2 or MySQL, without descriptor property substitution and without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user = "";
    private String password = "";
    private int loginTimeout;
    private volatile Target target;

    private record Target(Driver driver, String url, Properties credentials) {
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Target t = target();
        Connection connection = t.driver().connect(t.url(), t.credentials());
        if (connection == null) {
            throw new SQLException("The JDBC driver " + t.driver().getClass().getName() + " does not accept " + t.url());
        }
        return connection;
    }

    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return getConnection();
    }

    private Target target() throws SQLException {
        Target t = target;
        if (t == null) {
            String effectiveUrl = Setting.lookup("chain.db.url").orElse(url);
            if (effectiveUrl == null) {
                throw new SQLException("No database configured: set chain.db.url (or CHAIN_DB_URL)");
            }
            Properties credentials = new Properties();
            credentials.setProperty("user", Setting.lookup("chain.db.user").orElse(user));
            credentials.setProperty("password", Setting.lookup("chain.db.password").orElse(password));
            t = new Target(driverFor(effectiveUrl), durable(effectiveUrl), credentials);
            target = t;
        }
        return t;
    }

    /**
     * An H2 file database writes each commit before the commit returns ({@code WRITE_DELAY=0}; H2's default
     * waits up to 500 ms), so a killed server loses no committed work, e.g. a closed day and its queued report.
     */
    static String durable(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./") || jdbcUrl.startsWith("jdbc:h2:/");
        return h2File && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY") ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
    }

    static String driverClassFor(String jdbcUrl) throws SQLException {
        var explicit = Setting.lookup("chain.db.driver");
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:mysql:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        throw new SQLException("Unsupported JDBC URL " + jdbcUrl.replaceAll("password=[^;&]*", "password=***")
                + ": use jdbc:h2:... or jdbc:mysql:..., or name the driver class in chain.db.driver");
    }

    private static Driver driverFor(String jdbcUrl) throws SQLException {
        String className = driverClassFor(jdbcUrl);
        try {
            // Loaded through this class's loader (the application's), not DriverManager's, which in an
            // application server only sees the server's own drivers.
            return (Driver) Class.forName(className, true, ConfiguredDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("Cannot load JDBC driver " + className, e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
