package com.clothingchain.system.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HQ servers on this machine in one data grid, as README's "HQ on several servers" sets them up: each server's pre-boot
 * file is {@code payara-config/hq-pre-boot.asadmin} with {@code payara-config/hq-cluster.asadmin} appended, naming every
 * member's data grid port on 127.0.0.1 and the server's own. Used by {@code ./chain.sh --ha} and the system tests.
 *
 * @param ports the data grid (Hazelcast) port of each member, in member order
 */
public record DataGrid(List<Integer> ports) {

    /** A grid name of its own, so these servers never merge with a single HQ's grid ({@code clothing-chain-hq}). */
    private static final String CLUSTER_NAME = "clothing-chain-hq-cluster";

    public DataGrid {
        ports = List.copyOf(ports);
    }

    /** Writes member {@code index}'s pre-boot file (e.g. {@code hq1-pre-boot.asadmin}) into {@code dir} and answers it. */
    public Path preBootFile(Layout layout, Path dir, int index) throws IOException {
        String members = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        String cluster = Files.readString(layout.hqClusterPreBoot())
                .replace("@MODE@", "tcpip").replace("@MEMBERS@", members).replace("@PORT@", String.valueOf(ports.get(index)));
        String commands = Files.readString(layout.hqPreBoot())
                .replace("cluster-group-name=clothing-chain-hq", "cluster-group-name=" + CLUSTER_NAME) + "\n" + cluster;
        Files.createDirectories(dir);
        Path file = dir.resolve("hq" + (index + 1) + "-pre-boot.asadmin");
        Files.writeString(file, commands);
        return file;
    }
}
