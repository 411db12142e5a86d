#!/usr/bin/env bash
# Registers a branch at HQ through HQ's admin API and writes the API key HQ issues into a secret file (mode 600),
# which compose.yaml (./secrets/bNNN_api_key) or a Kubernetes branch overlay (secretGenerator) hands to the branch.
# (CHAIN_KEY_FILE_MODE=644 for Compose: a Compose secret is the file itself, mounted with its mode, and the branch
#  runs as user 10001; keep such files in a folder only you may open, as `mkdir -m 700 secrets` does.)
#   deploy/register-branch.sh CODE NAME TIME_ZONE KEY_FILE [CURRENCY]
# Environment:
#   CHAIN_HQ                      HQ's address, e.g. https://hq.example.com or http://localhost:38080
#   CHAIN_HQ_ADMIN                an HQ admin (hq-admin)
#   CHAIN_HQ_ADMIN_PASSWORD       their password, or CHAIN_HQ_ADMIN_PASSWORD_FILE naming a file that holds it
#   CHAIN_BRANCH_URL, CHAIN_BRANCH_LOCATION   what HQ's registry shows for the branch (optional)
#   CHAIN_WAIT                    seconds to wait for HQ to be ready first (default 0)
# A KEY_FILE that already holds a key is kept: the branch is not registered again and its key not rotated.
# A branch HQ knows already (409) whose key file is lost gets a new key (POST /branches/{code}/api-key): HQ keeps
# only a hash, so the old key can not be recovered, and it stops working at once.
set -euo pipefail
if [ $# -lt 4 ]; then
    sed -n '2,16p' "$0" >&2
    exit 2
fi
code=$1 name=$2 zone=$3 key_file=$4 currency=${5:-USD}
hq=${CHAIN_HQ:?CHAIN_HQ: HQ\'s address}
hq=${hq%/}
if [ -n "${CHAIN_HQ_ADMIN_PASSWORD_FILE:-}" ]; then
    CHAIN_HQ_ADMIN_PASSWORD=$(<"$CHAIN_HQ_ADMIN_PASSWORD_FILE")
fi
: "${CHAIN_HQ_ADMIN_PASSWORD:?CHAIN_HQ_ADMIN_PASSWORD or CHAIN_HQ_ADMIN_PASSWORD_FILE}"
if [ -s "$key_file" ]; then
    echo "$code: $key_file holds a key already; nothing to do"
    exit 0
fi
deadline=$((SECONDS + ${CHAIN_WAIT:-0}))
until curl -fsS -o /dev/null "$hq/health/ready" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
        echo "$code: HQ at $hq is not ready" >&2
        [ "${CHAIN_WAIT:-0}" = 0 ] || exit 1
        break
    fi
    sleep 2
done
json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
body=$(printf '{"code":"%s","name":"%s","location":"%s","url":"%s","timeZone":"%s","currency":"%s"}' \
    "$(json "$code")" "$(json "$name")" "$(json "${CHAIN_BRANCH_LOCATION:-$name}")" \
    "$(json "${CHAIN_BRANCH_URL:-https://$(tr 'A-Z' 'a-z' <<<"$code").example.com/branch}")" "$(json "$zone")" "$(json "$currency")")
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
call() { # METHOD PATH [BODY] -> HTTP status; the answer in $answer; credentials kept off the command line
    curl -sS -o "$answer" -w '%{http_code}' -X "$1" -K - "$hq/hq-api/v1/$2" \
        -H 'Content-Type: application/json' ${3:+--data-binary "$3"} \
        <<<"user = \"${CHAIN_HQ_ADMIN:-hq-admin}:${CHAIN_HQ_ADMIN_PASSWORD}\""
}
status=$(call POST branches "$body")
if [ "$status" = 409 ]; then
    echo "$code: HQ knows this branch already; issuing a new key (the old one stops working)"
    status=$(call POST "branches/$code/api-key")
fi
if [ "$status" != 200 ] && [ "$status" != 201 ]; then
    echo "$code: HQ answered $status: $(cat "$answer")" >&2
    exit 1
fi
key=$(grep -o '"apiKey" *: *"[^"]*"' "$answer" | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$key" ] || { echo "$code: no apiKey in HQ's answer" >&2; exit 1; }
mkdir -p "$(dirname "$key_file")"
(umask 077 && printf '%s' "$key" > "$key_file")
chmod "${CHAIN_KEY_FILE_MODE:-600}" "$key_file"
echo "$code: registered at $hq; its key is in $key_file"
