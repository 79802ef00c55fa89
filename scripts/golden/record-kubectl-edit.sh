#!/usr/bin/env bash
# Records kubectl 1.33's `kubectl edit` against the stand-in API server (cli-gaps-fake-apiserver.mjs,
# which serves deployments/web), with $EDITOR set to scripts that (1) keep the file as it is and
# copy what kubectl showed, (2) write a YAML syntax error every time. The temp file's name is
# normalised to /tmp/kubectl-edit-N.yaml (kubectl names it after its own binary, kubectl.1.33 here).
# Re-run: bash scripts/golden/record-kubectl-edit.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/tests/golden/kubectl-edit"
WORK=$(mktemp -d)
PORT=${PORT:-18593}
write_local_kubeconfig "$WORK/kc" "$PORT"
node "$ROOT/scripts/golden/cli-gaps-fake-apiserver.mjs" "$PORT" & SERVER=$!
trap 'kill $SERVER; rm -rf "$WORK"' EXIT
sleep 1
printf '#!/bin/sh\ncp "$1" %s/shown.yaml\n' "$WORK" > "$WORK/keep.sh"
printf '#!/bin/sh\nprintf "apiVersion: apps/v1\\nkind: Deployment\\n  bad: [\\n" > "$1"\n' > "$WORK/broken.sh"
chmod +x "$WORK/keep.sh" "$WORK/broken.sh"
normalise() { sed -E 's#/tmp/[a-z0-9.]+-edit-[0-9]+\.yaml#/tmp/kubectl-edit-N.yaml#g'; }
run() { # name editor
  HOME="$WORK" KUBECONFIG="$WORK/kc" EDITOR="$2" "$KUBECTL" edit deploy web --validate=false > "$WORK/out" 2> "$WORK/err"
  echo $? > "$OUT/$1.exit"
  normalise < "$WORK/out" > "$OUT/$1.stdout"
  normalise < "$WORK/err" > "$OUT/$1.stderr"
}
run no-change "$WORK/keep.sh"
head -4 "$WORK/shown.yaml" > "$OUT/header.txt"
run syntax-error-twice "$WORK/broken.sh"
rm -f /tmp/"$(basename "$KUBECTL")"-edit-*.yaml
