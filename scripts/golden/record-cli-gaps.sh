#!/usr/bin/env bash
# Records the real kubectl v1.33 for the commands the notes' Run buttons added to the simulator
# (annotate, apply view-last-applied, get --raw, -v, logs TYPE/NAME). Same layout as
# record-kubectl.sh: <name>.cmd / .stdout / .stderr / .exit, input files in files/.
#   offline/  no server needed (argument and flag errors, annotate --local): compared exactly
#   server/   against scripts/golden/cli-gaps-fake-apiserver.mjs on 127.0.0.1 (its objects are not
#             the simulator's): the tests compare what does not depend on them (formats, error texts)
# Re-run: bash scripts/golden/record-cli-gaps.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/tests/golden/cli-gaps"
mkdir -p "$DIR/offline" "$DIR/server"
export PATH=/usr/bin:/bin
WORK=$(mktemp -d)
export HOME="$WORK/home"
cp "$DIR/files/"* "$WORK/"

record() {
  local dir="$1" name="$2"; shift 2
  local line="$*"
  printf '%s\n' "$line" > "$DIR/$dir/$name.cmd"
  (cd "$WORK" && eval "\"$KUBECTL\" ${line#kubectl }" > "$DIR/$dir/$name.stdout" 2> "$DIR/$dir/$name.stderr"; echo $? > "$DIR/$dir/$name.exit")
}

export KUBECONFIG=/nonexistent/kubeconfig
record offline annotate-no-args "kubectl annotate"
record offline annotate-no-pairs "kubectl annotate deployment web"
record offline annotate-pair-before-resource "kubectl annotate a=b deployment"
record offline annotate-modify-and-remove "kubectl annotate -f deploy.yaml --local a=b a-"
record offline annotate-all-and-selector "kubectl annotate deployment --all -l app=x a=b"
record offline annotate-bad-output "kubectl annotate -f deploy.yaml --local a=b -o wide"
record offline annotate-bad-dry-run "kubectl annotate -f deploy.yaml --local a=b --dry-run=maybe"
record offline annotate-local-server-dry-run "kubectl annotate -f deploy.yaml --local a=b --dry-run=server"
record offline annotate-local-with-resource "kubectl annotate deployment web a=b --local"
record offline annotate-local-without-file "kubectl annotate --local a=b"
record offline annotate-local-yaml "kubectl annotate -f deploy.yaml --local kubernetes.io/change-cause=\"image updated to nginx:1.28\" -o yaml"
record offline annotate-local-json "kubectl annotate -f deploy.yaml --local owner='a<b>&c' -o json"
record offline annotate-local-no-overwrite "kubectl annotate -f deploy.yaml --local team=red"
record offline annotate-local-two-clashes "kubectl annotate -f deploy.yaml --local team=red kubernetes.io/change-cause=x other=1"
record offline annotate-local-overwrite "kubectl annotate -f deploy.yaml --local team=red --overwrite -o yaml"
record offline annotate-local-same-value "kubectl annotate -f deploy.yaml --local team=blue"
record offline annotate-local-remove "kubectl annotate -f deploy.yaml --local team- -o yaml"
record offline annotate-local-remove-missing "kubectl annotate -f deploy.yaml --local nothere-"
record offline annotate-local-list "kubectl annotate -f deploy.yaml --local --list"
record offline annotate-local-name "kubectl annotate -f deploy.yaml --local a=b -o name"
record offline annotate-local-dry-run "kubectl annotate -f deploy.yaml --local a=b --dry-run=client"
record offline get-raw-needs-value "kubectl get --raw"
record offline get-raw-with-args "kubectl get --raw=/healthz pods"
record offline get-raw-with-output "kubectl get --raw /healthz -o yaml"
record offline get-bad-verbosity "kubectl get pods -v=abc"
record offline view-last-applied-nothing "kubectl apply view-last-applied"

# Against the stand-in API server. A first command fills the discovery cache, so the recordings
# show only the requests of the command itself (the simulator assumes a warm cache).
PORT=${PORT:-18502}
node "$(dirname "$0")/cli-gaps-fake-apiserver.mjs" "$PORT" &
SERVER=$!
sleep 1
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"
"$KUBECTL" api-resources > /dev/null 2>&1
record server get-raw-healthz "kubectl get --raw /healthz"
record server get-raw-pods "kubectl get --raw /api/v1/namespaces/default/pods"
record server get-raw-pod-missing "kubectl get --raw /api/v1/namespaces/default/pods/nope"
record server get-raw-unknown-path "kubectl get --raw /nothere"
record server get-raw-unknown-path-v6 "kubectl get --raw /nothere -v=6"
record server get-raw-healthz-v6 "kubectl get --raw /healthz -v=6"
record server get-pods-v6 "kubectl get pods -v=6"
record server get-pod-missing-v6 "kubectl get pod nope -v=6"
record server get-pod-missing-v4 "kubectl get pod nope -v=4"
record server get-pod-missing-v1 "kubectl get pod nope -v=1"
record server view-last-applied-yaml "kubectl apply view-last-applied deployment web"
record server view-last-applied-json "kubectl apply view-last-applied deployment/web -o json"
record server view-last-applied-bad-output "kubectl apply view-last-applied deployment/web -o wide"
record server view-last-applied-no-annotation "kubectl apply view-last-applied deployment plain"
record server view-last-applied-missing "kubectl apply view-last-applied deployment nope"
record server view-last-applied-file "kubectl apply view-last-applied -f web.yaml"
record server logs-deployment "kubectl logs deployment/web"
# The URLs of write requests (-v=6 prints each request's method and URL with its query).
record server write-run-v6 "kubectl run nginx --image=nginx -v=6"
record server write-create-deployment-v6 "kubectl create deployment made --image=nginx -v=6"
# --validate=false: the stand-in serves no OpenAPI documents (the default, strict, sends fieldValidation=Strict).
record server write-create-file-v6 "kubectl create -f made.yaml --validate=false -v=6"
record server write-apply-create-v6 "kubectl apply -f made.yaml --validate=false -v=6"
record server write-annotate-v6 "kubectl annotate deployment web a=b -v=6"
record server write-annotate-server-dry-run-v6 "kubectl annotate deployment web a=b --dry-run=server -v=6"
record server write-label-v6 "kubectl label pod nginx tier=web -v=6"
record server write-delete-v6 "kubectl delete pod nginx --wait=false -v=6"
record server write-logs-v6 "kubectl logs deployment/web -v=6"
record server logs-unknown-type "kubectl logs foo/web"
kill "$SERVER"
rm -rf "$WORK"
