package com.clothingchain.system.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A server that runs as a child process of this JVM (Payara Micro, WildFly). */
abstract class ChildProcessServer extends Server {

    private final Duration stopGrace;
    protected Process process;

    ChildProcessServer(String name, Path logFile, Map<String, String> environment, Duration stopGrace) {
        super(name, logFile, environment);
        this.stopGrace = stopGrace;
    }

    @Override
    public void stop() {
        if (process != null) {
            stopTree(process.toHandle(), stopGrace);
        }
    }

    @Override
    public void kill() {
        if (process != null) {
            killTree(process.toHandle());
        }
    }

    @Override
    public boolean isRunning() {
        return process != null && process.isAlive();
    }
}
