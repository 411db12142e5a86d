#!/bin/bash
# First start on an empty /var/lib/mysql: creates the system tables, the database MARIADB_DATABASE and the user
# MARIADB_USER with MARIADB_PASSWORD (or the content of MARIADB_PASSWORD_FILE) on a server that takes no network
# connections yet; then runs mariadbd on 0.0.0.0:3306 as the container's process. Later starts keep the data.
set -euo pipefail
from_file() {
    local file_variable="$1_FILE"
    if [ -n "${!file_variable:-}" ]; then
        export "$1=$(<"${!file_variable}")"
    fi
}
from_file MARIADB_PASSWORD
from_file MARIADB_ROOT_PASSWORD
data=/var/lib/mysql
if [ "$1" = mariadbd ] && [ ! -d "$data/mysql" ]; then
    echo "[mariadb] empty data directory: initialising"
    mariadb-install-db --user="$(id -un)" --datadir="$data" --skip-test-db --auth-root-authentication-method=socket >/dev/null
    mariadbd --datadir="$data" --skip-networking --socket=/run/mysqld/init.sock &
    init=$!
    for _ in $(seq 1 60); do
        mariadb-admin --socket=/run/mysqld/init.sock ping --silent 2>/dev/null && break
        sleep 1
    done
    quote() { printf "%s" "$1" | sed "s/'/''/g; s/\\\\/\\\\\\\\/g"; }
    {
        if [ -n "${MARIADB_ROOT_PASSWORD:-}" ]; then
            echo "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('$(quote "$MARIADB_ROOT_PASSWORD")');"
        fi
        if [ -n "${MARIADB_DATABASE:-}" ]; then
            echo "CREATE DATABASE IF NOT EXISTS \`${MARIADB_DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
        fi
        if [ -n "${MARIADB_USER:-}" ]; then
            echo "CREATE USER '${MARIADB_USER}'@'%' IDENTIFIED BY '$(quote "${MARIADB_PASSWORD:?MARIADB_PASSWORD or MARIADB_PASSWORD_FILE with MARIADB_USER}")';"
            [ -z "${MARIADB_DATABASE:-}" ] || echo "GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO '${MARIADB_USER}'@'%';"
        fi
    } | mariadb --socket=/run/mysqld/init.sock -u "$(id -un)"
    mariadb-admin --socket=/run/mysqld/init.sock -u "$(id -un)" shutdown
    wait "$init" || true
    echo "[mariadb] initialised: database ${MARIADB_DATABASE:-(none)}, user ${MARIADB_USER:-(none)}"
fi
if [ "$1" = mariadbd ]; then
    shift
    exec mariadbd --datadir="$data" --bind-address=0.0.0.0 --port=3306 --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@"
fi
exec "$@"
