package com.clothingchain.system.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataGridTest {

    private final Layout layout = new Layout(Path.of(System.getProperty("chain.project.dir", "..")).toAbsolutePath().normalize());

    @Test
    void eachMembersPreBootFileIsHqsWithTheClusterLinesNamingAllMembersAndItsOwnPort(@TempDir Path dir) throws Exception {
        DataGrid grid = new DataGrid(List.of(5910, 5911));

        String second = Files.readString(grid.preBootFile(layout, dir, 1));

        assertEquals(dir.resolve("hq2-pre-boot.asadmin"), grid.preBootFile(layout, dir, 1));
        List<String> lines = second.lines().toList();
        assertTrue(lines.contains("set hazelcast-runtime-configuration.tcpip-members=127.0.0.1:5910,127.0.0.1:5911"), second);
        assertTrue(lines.contains("set hazelcast-runtime-configuration.start-port=5911"), second);
        assertTrue(lines.contains("set hazelcast-runtime-configuration.das-port=5911"), second);
        assertTrue(lines.contains("set hazelcast-runtime-configuration.cluster-group-name=clothing-chain-hq-cluster"), second);
        assertTrue(lines.contains("set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".admin-listener.address=127.0.0.1"), "HQ's own pre-boot lines kept");
        assertFalse(second.contains("@"), "no placeholder left: " + second);
        assertTrue(Files.readString(grid.preBootFile(layout, dir, 0)).contains("start-port=5910\n"));
    }
}
