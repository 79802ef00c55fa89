#!/usr/bin/env bash
# Records the real kubectl v1.33 editing objects (patch of the three types, set env|resources|
# selector, diff, apply of an unchanged or changed file) against the stateful stand-in API server of
# record-dry-run.sh (scripts/golden/dry-run-fake-apiserver.mjs) with ENGINE_PATCH=1: PATCH bodies are
# applied by the engine's own patch code, so these recordings check kubectl's side (its texts, what it
# sends, what it prints around the server's answer), not the server's merge. The stand-in starts from
# the same objects for every case (it is restarted per case). Layout as in record-dry-run.sh:
# tests/golden/edit/server/<name>.cmd/.stdout/.stderr/.exit/.requests, input files in files/.
# Needs Node 24 (npx node) for the engine import. Re-run: bash scripts/golden/record-edit.sh
# (ONLY=REGEX re-records the matching cases and keeps the others).
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NODE="$ROOT/node_modules/.bin/node"
DIR="$ROOT/tests/golden/edit"
[ -z "${ONLY:-}" ] && rm -rf "$DIR/server"
mkdir -p "$DIR/server"
WORK=$(mktemp -d)
export HOME="$WORK/home"
cp "$DIR/files/"* "$WORK/"
PORT=${PORT:-18513}
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"
SERVER=

start_server() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  (cd "$ROOT" && ENGINE_PATCH=1 PATH=/usr/bin:/bin "$NODE" scripts/golden/dry-run-fake-apiserver.mjs "$PORT" "$WORK/requests") &
  SERVER=$!
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT/api" > /dev/null && break; sleep 0.1; done
}
start_server
# Fill the discovery cache first, so each recording shows only the command's own requests.
"$KUBECTL" api-resources > /dev/null 2>&1

# record NAME LINE...: a fresh stand-in, then the last line is recorded (earlier ones prepare it).
record() {
  local name="$1"; shift
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then return; fi
  start_server
  local n=$#
  local i=0
  : > "$DIR/server/$name.cmd"
  for line in "$@"; do
    i=$((i + 1))
    printf '%s\n' "$line" >> "$DIR/server/$name.cmd"
    : > "$WORK/requests"
    (cd "$WORK" && PATH=/usr/bin:/bin eval "\"$KUBECTL\" ${line#kubectl }" > "$WORK/out" 2> "$WORK/err"; echo $? > "$WORK/exit")
    if [ "$i" = "$n" ]; then
      cp "$WORK/out" "$DIR/server/$name.stdout"; cp "$WORK/err" "$DIR/server/$name.stderr"; cp "$WORK/exit" "$DIR/server/$name.exit"
      cp "$WORK/requests" "$DIR/server/$name.requests"
    fi
  done
}

# patch: the three types, no change, -o, --dry-run, bad input
record patch-strategic "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}'"
record patch-strategic-no-change "kubectl patch deployment web -p '{\"spec\":{\"replicas\":2}}'"
record patch-strategic-yaml-flag "kubectl patch deployment/web -p 'spec: {replicas: 5}' -o jsonpath={.spec.replicas}"
record patch-strategic-container "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"nginx\",\"image\":\"nginx:1.28\"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].image}"
record patch-strategic-add-container "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"image\":\"busybox\"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].name}"
record patch-strategic-delete-container "kubectl patch pod redis -p '{\"spec\":{\"containers\":[{\"name\":\"redis\",\"\$patch\":\"delete\"}]}}' -o jsonpath={.spec.containers[*].name}"
record patch-strategic-no-merge-key "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"nginx:1.28\"}]}}}}'"
record patch-strategic-not-object "kubectl patch deployment web -p '\"replicas\"'"
record patch-file "kubectl patch deployment web --patch-file patch.yaml -o jsonpath={.spec.template.spec.containers[0].env}"
record patch-file-missing "kubectl patch deployment web --patch-file nothere.yaml"
record patch-merge "kubectl patch deployment web --type=merge -p '{\"metadata\":{\"labels\":{\"tier\":\"front\"}}}'"
record patch-merge-list "kubectl patch deployment web --type merge -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox\"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].name}"
record patch-merge-not-object "kubectl patch deployment web --type=merge -p '[1]'"
record patch-json "kubectl patch deployment web --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":4}]'"
record patch-json-file "kubectl patch deployment web --type=json --patch-file ops.json"
record patch-json-test-fails "kubectl patch deployment web --type=json -p '[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":9},{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":4}]'"
record patch-json-remove-missing "kubectl patch deployment web --type=json -p '[{\"op\":\"remove\",\"path\":\"/spec/template/spec/affinity\"}]'"
record patch-json-move "kubectl patch deployment web --type=json -p '[{\"op\":\"copy\",\"from\":\"/metadata/name\",\"path\":\"/metadata/labels\"}]'"
record patch-json-not-list "kubectl patch deployment web --type=json -p '{\"op\":\"add\"}'"
record patch-json-bad-op "kubectl patch deployment web --type=json -p '[{\"op\":\"frobnicate\",\"path\":\"/spec\"}]'"
record patch-bad-type "kubectl patch deployment web --type=xml -p '{}'"
record patch-no-patch "kubectl patch deployment web"
record patch-both "kubectl patch deployment web -p '{}' --patch-file patch.yaml"
record patch-no-args "kubectl patch -p '{}'"
record patch-missing "kubectl patch deployment nothere -p '{\"spec\":{\"replicas\":3}}'"
record patch-bad-yaml "kubectl patch deployment web -p '{\"spec\": {'"
record patch-empty "kubectl patch deployment web -p '{}'"
record patch-client "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}' --dry-run=client"
record patch-client-yaml "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}' --dry-run=client -o jsonpath={.spec.replicas}"
record patch-server "kubectl patch deployment web -p '{\"spec\":{\"replicas\":3}}' --dry-run=server"
record patch-server-name "kubectl patch deployment web --type=merge -p '{\"spec\":{\"replicas\":3}}' --dry-run=server -o name"
record patch-client-json-fails "kubectl patch deployment web --type=json -p '[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":9}]' --dry-run=client"
record patch-file-target "kubectl patch -f web-2.yaml -p '{\"spec\":{\"replicas\":6}}'"
record patch-local "kubectl patch -f web-2.yaml --local -p '{\"spec\":{\"replicas\":6}}' -o jsonpath={.spec.replicas}"
record patch-local-args "kubectl patch deployment web --local -p '{}'"
record patch-two "kubectl patch pod redis nginx -p '{\"metadata\":{\"labels\":{\"x\":\"y\"}}}'"

# set env / resources / selector
record set-env "kubectl set env deployment/web MODE=blue"
record set-env-two "kubectl set env deployment/web MODE=blue LEVEL=3 -o jsonpath={.spec.template.spec.containers[0].env}"
record set-env-remove "kubectl set env deployment/web MODE=blue" "kubectl set env deployment/web MODE-"
record set-env-list "kubectl set env deployment/web MODE=blue" "kubectl set env deployment/web --list"
record set-env-list-empty "kubectl set env pod/redis --list"
record set-env-same "kubectl set env deployment/web MODE=blue" "kubectl set env deployment/web MODE=blue"
record set-env-bad "kubectl set env deployment/web 1BAD=x"
record set-env-none "kubectl set env deployment/web"
record set-env-container "kubectl set env deployment/web -c nope MODE=blue"
record set-env-client "kubectl set env deployment/web MODE=blue --dry-run=client -o jsonpath={.spec.template.spec.containers[0].env}"
record set-env-server "kubectl set env deployment/web MODE=blue --dry-run=server"
record set-env-pod "kubectl set env pod/redis MODE=blue"
record set-resources "kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m"
record set-resources-yaml "kubectl set resources deployment web -c nginx --limits=cpu=200m -o jsonpath={.spec.template.spec.containers[0].resources}"
record set-resources-none "kubectl set resources deployment web"
record set-resources-bad "kubectl set resources deployment web --limits=cpu=lots"
record set-resources-client "kubectl set resources deployment web --requests=memory=64Mi --dry-run=client"
record set-resources-same "kubectl set resources deployment web --limits=cpu=200m" "kubectl set resources deployment web --limits=cpu=200m"
record set-selector "kubectl set selector service kubernetes component=apiserver,x=y"
record set-selector-deployment "kubectl set selector deployment web app=web2"
record set-selector-none "kubectl set selector service kubernetes"
record set-image-same "kubectl set image deployment/web nginx=nginx:1.27"
record set-image "kubectl set image deployment/web nginx=nginx:1.28"
record set-unknown "kubectl set foo deployment/web"

# apply: unchanged, configured, a Deployment created without the annotation, strategy switch
record apply-unchanged "kubectl apply -f web-2.yaml --validate=false"
record apply-configured "kubectl apply -f web-3.yaml --validate=false"
record apply-missing-annotation "kubectl apply -f held.yaml --validate=false"
record apply-recreate "kubectl apply -f web-recreate.yaml --validate=false -o jsonpath={.spec.strategy}"
record apply-twice "kubectl apply -f made.yaml --validate=false" "kubectl apply -f made.yaml --validate=false"
record replace "kubectl replace -f web-3.yaml --validate=false"
record replace-missing "kubectl replace -f made.yaml --validate=false"

# diff: no difference, a difference, a new object, a bad file
record diff-same "kubectl diff -f web-2.yaml"
record diff-changed "kubectl diff -f web-3.yaml"
record diff-new "kubectl diff -f made.yaml"
record diff-none "kubectl diff"
record diff-missing-file "kubectl diff -f nothere.yaml"

# Several objects from one -f: -o yaml separates them with ---, -o json prints them one after the other
record multi-create-client-yaml "kubectl create -f two.yaml --dry-run=client -o yaml --validate=false"
record multi-create-client-json "kubectl create -f two.yaml --dry-run=client -o json --validate=false"
record multi-apply-client-yaml "kubectl apply -f two.yaml --dry-run=client -o yaml --validate=false"
record multi-create-client-name "kubectl create -f two.yaml --dry-run=client -o name --validate=false"
record multi-apply-client-json "kubectl apply -f two.yaml --dry-run=client -o json --validate=false"
record multi-apply-client-name "kubectl apply -f two.yaml --dry-run=client -o name --validate=false"
record multi-apply-client "kubectl apply -f two.yaml --dry-run=client --validate=false"

# scale by label, run --overrides
record scale-selector "kubectl scale deployment -l app=held --replicas=3"
record scale-all "kubectl scale deployments --all --replicas=1"
record scale-selector-none "kubectl scale deployment -l app=nothere --replicas=3"
record scale-selector-name "kubectl scale deployment web -l app=web --replicas=3"
record run-overrides "kubectl run x --image=nginx --overrides='{\"spec\":{\"hostNetwork\":true,\"containers\":[{\"name\":\"x\",\"image\":\"busybox\"}]}}' --dry-run=client -o yaml"
record run-overrides-bad "kubectl run x --image=nginx --overrides='{bad' --dry-run=client -o yaml"

kill "$SERVER"
rm -rf "$WORK"
