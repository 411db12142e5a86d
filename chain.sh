#!/usr/bin/env bash
# Runs the whole chain on this machine: HQ on Payara Server (http://localhost:8080/hq/, /hq-api/) and the
# branches B001 and B002 on Payara Micro (http://localhost:8081/branch/, http://localhost:8082/branch/),
# each on its own H2 database under ./data, with demo data and demo logins. Ctrl-C stops everything.
#
# Needs only a JDK 17. Builds what is missing first (CHAIN_REBUILD=1 forces a build).
# Environment: CHAIN_DATA_DIR (./data), CHAIN_HQ_PORT (8080), CHAIN_B001_PORT (8081), CHAIN_B002_PORT (8082).
#
# ./chain.sh --ha: HQ on two Payara Server domains (hq1 on CHAIN_HQ1_PORT, 8090; hq2 on CHAIN_HQ2_PORT, 8091) in one
# data grid with replicated sessions, behind HAProxy on CHAIN_HQ_PORT; the branches talk to HQ through HAProxy. Both
# servers share ./data/hq in H2's automatic mixed mode, or the database CHAIN_DB_URL, CHAIN_DB_USER and CHAIN_DB_PASSWORD
# name (MySQL). Needs Debian's haproxy (apt-get install haproxy).
set -euo pipefail
cd "$(dirname "$0")"

built() {
    [ -f hq-ear/target/hq.ear ] && [ -f branch-war/target/branch.war ] \
        && [ -f system-tests/target/runtimes/payara-micro.jar ] && [ -d system-tests/target/runtimes/payara6 ] \
        && [ -d system-tests/target/classes/com/clothingchain/system/demo ]
}

if [ "${CHAIN_REBUILD:-0}" = "1" ] || ! built; then
    echo "[chain] Building the applications and fetching the servers (first time: a few minutes) ..."
    ./mvnw -q -B -DskipTests package
fi

exec java -Dchain.project.dir="$PWD" -cp system-tests/target/classes com.clothingchain.system.demo.ChainLauncher "$@"
