package com.clothingchain.shared.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfiguredDataSourceTest {

    @Test
    void theDriverFollowsTheUrl() throws SQLException {
        assertEquals("org.h2.Driver", ConfiguredDataSource.driverClassFor("jdbc:h2:file:./data/hq"));
        assertEquals("com.mysql.cj.jdbc.Driver", ConfiguredDataSource.driverClassFor("jdbc:mysql://db:3306/hq"));
    }

    @Test
    void anUnknownUrlIsRefusedWithoutShowingItsPassword() {
        var e = assertThrows(SQLException.class, () -> ConfiguredDataSource.driverClassFor("jdbc:oracle:thin:@x;password=s3cret"));
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void connectsToTheDescriptorsDefaultUrl() throws SQLException {
        var dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:h2:mem:configured");
        try (var connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void anH2FileWritesEachCommitAtOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws SQLException {
        assertEquals("jdbc:h2:file:./x;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:file:./x"));
        assertEquals("jdbc:h2:file:./x;write_delay=100", ConfiguredDataSource.durable("jdbc:h2:file:./x;write_delay=100"));
        assertEquals("jdbc:h2:mem:x", ConfiguredDataSource.durable("jdbc:h2:mem:x"));
        var dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:h2:file:" + dir.resolve("db"));
        try (var connection = dataSource.getConnection(); var setting = connection.createStatement()
                .executeQuery("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertTrue(setting.next());
            assertEquals("0", setting.getString(1));
        }
    }
}
