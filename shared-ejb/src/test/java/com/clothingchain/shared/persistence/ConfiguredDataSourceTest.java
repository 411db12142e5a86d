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
}
