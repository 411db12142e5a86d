#!/bin/bash
# The HQ image's command: Payara Server in the foreground (the container's process) with HQ's pre-boot file and the
# image's own lines (deploy/container/hq-image.asadmin). With CHAIN_HQ_PEERS, a DNS name that resolves to every HQ
# replica's address (in Kubernetes the headless Service hq-peers), the replicas form one data grid found through that
# name, which keeps each HQ session on two of them (payara-config/hq-cluster.asadmin, README "HQ on several servers");
# CHAIN_HQ_PEERS_PORT is every replica's data grid port (5900).
set -euo pipefail
commands=$(mktemp "${TMPDIR:-/tmp}/hq-pre-boot.XXXXXX.asadmin")
cat /opt/chain/hq-pre-boot.asadmin /opt/chain/hq-image.asadmin > "$commands"
if [ -n "${CHAIN_HQ_PEERS:-}" ]; then
    port=${CHAIN_HQ_PEERS_PORT:-5900}
    if ! [[ $CHAIN_HQ_PEERS =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ && $port =~ ^[0-9]{1,5}$ ]]; then
        echo "[chain] CHAIN_HQ_PEERS must be a DNS name and CHAIN_HQ_PEERS_PORT a port: '$CHAIN_HQ_PEERS', '$port'" >&2
        exit 1
    fi
    sed -e "s/@MODE@/dns/" -e "s/@MEMBERS@/$CHAIN_HQ_PEERS:$port/" -e "s/@PORT@/$port/" \
        /opt/chain/hq-cluster.asadmin >> "$commands"
    echo "[chain] HQ's data grid: the replicas that $CHAIN_HQ_PEERS names, port $port" >&2
fi
exec /opt/payara6/bin/asadmin start-domain --verbose --prebootcommandfile "$commands" domain1
