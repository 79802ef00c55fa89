#!/usr/bin/env bash
# Records the real kubectl v1.33 for the node and waiting verbs (taint, cordon, uncordon, drain, top,
# wait) and get --field-selector. Same layout as record-kubectl.sh: <name>.cmd / .stdout / .stderr /
# .exit in tests/golden/nodes/{offline,server}.
#   offline/  no server needed (argument and flag errors): compared exactly
#   server/   against scripts/golden/nodes-fake-apiserver.mjs on 127.0.0.1, reset before every
#             command (its objects are the fixture tests/sim/nodes/goldenFixture.ts rebuilds in the
#             simulator): the tests compare kubectl's wording line by line
# Re-run: bash scripts/golden/record-nodes.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/tests/golden/nodes"
rm -rf "$DIR/offline" "$DIR/server"
mkdir -p "$DIR/offline" "$DIR/server"
export PATH=/usr/bin:/bin
WORK=$(mktemp -d)
export HOME="$WORK/home"
PORT=${PORT:-18520}

record() {
  local dir="$1" name="$2"; shift 2
  local line="$*"
  [ "$dir" = server ] && curl -s -X POST "http://127.0.0.1:$PORT/__reset" > /dev/null
  printf '%s\n' "$line" > "$DIR/$dir/$name.cmd"
  (cd "$WORK" && eval "\"$KUBECTL\" ${line#kubectl }" > "$DIR/$dir/$name.stdout" 2> "$DIR/$dir/$name.stderr"; echo $? > "$DIR/$dir/$name.exit")
}

export KUBECONFIG=/nonexistent/kubeconfig
record offline taint-no-args "kubectl taint"
record offline taint-no-taint "kubectl taint nodes node01"
record offline taint-bad-effect "kubectl taint nodes node01 key=value:Sometimes"
record offline taint-no-effect "kubectl taint nodes node01 key=value"
record offline taint-bad-key "kubectl taint nodes node01 'bad key=v:NoSchedule'"
record offline taint-bad-value "kubectl taint nodes node01 'k=bad value:NoSchedule'"
record offline taint-twice "kubectl taint nodes node01 a=b:NoSchedule a=c:NoSchedule"
record offline cordon-no-args "kubectl cordon"
record offline uncordon-no-args "kubectl uncordon"
record offline drain-no-args "kubectl drain"
record offline wait-no-for "kubectl wait pod/x"
record offline wait-bad-for "kubectl wait pod/x --for=ready"
record offline wait-no-resource "kubectl wait --for=condition=Ready"
record offline wait-bad-jsonpath "kubectl wait pod/x --for=jsonpath='{.status'"
record offline top-no-args "kubectl top"
record offline top-bad-resource "kubectl top deployments"

node "$(dirname "$0")/nodes-fake-apiserver.mjs" "$PORT" &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"
"$KUBECTL" api-resources > /dev/null 2>&1
record server taint-add "kubectl taint nodes node01 dedicated=db:NoSchedule"
record server taint-add-no-value "kubectl taint node node01 gpu:NoExecute"
record server taint-add-existing "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule"
record server taint-exists-other-value "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane=x:NoSchedule"
record server taint-overwrite "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane=x:NoSchedule --overwrite"
record server taint-remove "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule-"
record server taint-remove-key "kubectl taint nodes controlplane node-role.kubernetes.io/control-plane-"
record server taint-remove-missing "kubectl taint nodes node01 dedicated:NoSchedule-"
record server taint-missing-node "kubectl taint nodes nope a=b:NoSchedule"
record server taint-all "kubectl taint nodes --all maintenance=yes:PreferNoSchedule"
record server taint-selector "kubectl taint nodes -l disk=ssd fast=true:NoSchedule"
record server taint-selector-none "kubectl taint nodes -l disk=hdd fast=true:NoSchedule"
record server taint-no-name "kubectl taint nodes a=b:NoSchedule"
record server taint-dry-run "kubectl taint nodes node01 a=b:NoSchedule --dry-run=client"
record server taint-output-yaml-name "kubectl taint nodes node01 a=b:NoSchedule -o name"
record server cordon "kubectl cordon node01"
record server cordon-already "kubectl cordon node02"
record server cordon-missing "kubectl cordon nope"
record server cordon-dry-run "kubectl cordon node01 --dry-run=client"
record server cordon-selector "kubectl cordon -l kubernetes.io/hostname"
record server uncordon "kubectl uncordon node02"
record server uncordon-already "kubectl uncordon node01"
record server drain-blocked "kubectl drain node01"
record server drain-ignore-ds "kubectl drain node01 --ignore-daemonsets"
record server drain-ignore-ds-force "kubectl drain node01 --ignore-daemonsets --force"
record server drain-all-flags "kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data"
record server drain-node02 "kubectl drain node02 --ignore-daemonsets"
record server drain-empty "kubectl drain controlplane"
record server drain-missing "kubectl drain nope"
record server drain-dry-run "kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data --dry-run=client"
record server drain-disable-eviction "kubectl drain node02 --ignore-daemonsets --disable-eviction"
record server top-nodes "kubectl top nodes"
record server top-pods "kubectl top pods"
record server top-pod "kubectl top pod bare"
record server wait-ready "kubectl wait --for=condition=Ready pod/bare"
record server wait-ready-all "kubectl wait --for=condition=Ready pods --all"
record server wait-ready-selector "kubectl wait --for=condition=Ready pod -l app=web"
record server wait-timeout "kubectl wait --for=condition=Ready pod/pending --timeout=1s"
record server wait-missing "kubectl wait --for=condition=Ready pod/nope --timeout=1s"
record server wait-delete-missing "kubectl wait --for=delete pod/nope --timeout=1s"
record server wait-delete-timeout "kubectl wait --for=delete pod/bare --timeout=1s"
record server wait-jsonpath "kubectl wait --for=jsonpath='{.status.phase}'=Running pod/bare"
record server wait-jsonpath-timeout "kubectl wait --for=jsonpath='{.status.phase}'=Failed pod/bare --timeout=1s"
record server wait-condition-false "kubectl wait --for=condition=Ready=false pod/pending"
record server wait-node-ready "kubectl wait --for=condition=Ready node/node01"
record server wait-selector-none "kubectl wait --for=condition=Ready pod -l app=none --timeout=1s"
record server get-field-node "kubectl get pods -A --field-selector spec.nodeName=node01 -o name"
record server get-field-phase "kubectl get pods --field-selector status.phase=Pending -o name"
record server get-field-not "kubectl get pods --field-selector status.phase!=Running -o name"
record server get-field-bad "kubectl get pods --field-selector status.hostIP=10.0.0.1"
record server get-field-none "kubectl get pods --field-selector metadata.name=nope"
record server get-field-nodes "kubectl get nodes --field-selector spec.unschedulable=true -o name"
record server get-field-nodes-bad "kubectl get nodes --field-selector status.phase=Ready"
record server delete-field-bad "kubectl delete pods --field-selector status.hostIP=10.0.0.1"
record server get-field-syntax "kubectl get pods --field-selector phase"
record server taint-not-nodes "kubectl taint pods x key=value:NoSchedule"
record server taint-both-add-remove "kubectl taint nodes node01 a=b:NoSchedule a:NoSchedule-"
record server taint-all-and-name "kubectl taint nodes node01 --all a=b:NoSchedule"
record server drain-two-names "kubectl drain node01 node02"
