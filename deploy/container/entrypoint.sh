#!/bin/bash
# Entry point of the HQ and branch images. The applications read their settings from CHAIN_* environment
# variables (MicroProfile Config). A secret mounted as a file (compose and Kubernetes secrets, Docker swarm) is
# given as CHAIN_<NAME>_FILE=/run/secrets/...: this exports CHAIN_<NAME> with the file's content (a trailing newline
# dropped) and unsets CHAIN_<NAME>_FILE, then runs the server as the container's process.
# CHAIN_SECRET_WAIT (seconds, default 0): how long to wait for such a file to appear (a key written by a registration
# job that runs beside this container); after that a missing file fails the start.
set -euo pipefail
wait_for=${CHAIN_SECRET_WAIT:-0}
for variable in $(compgen -e); do
    case $variable in
        CHAIN_*_FILE) ;;
        *) continue ;;
    esac
    file=${!variable}
    target=${variable%_FILE}
    for ((waited = 0; waited < wait_for && ! -s $file; waited++)); do
        [ $waited -gt 0 ] || echo "[chain] waiting up to ${wait_for} s for $file ($target)" >&2
        sleep 1
    done
    if [ ! -r "$file" ]; then
        echo "[chain] $variable names $file, which can not be read" >&2
        exit 1
    fi
    value=$(<"$file")
    export "$target=$value"
    unset "$variable"
done
exec "$@"
