#!/usr/bin/env bash
# Records real kubectl v1.33 outputs for commands that work without a cluster (help texts, flag and
# argument errors, YAML parse errors, client version). Each case is one file in tests/golden/kubectl:
#   <name>.cmd      the command line (as given to the simulator's exec)
#   <name>.stdout   real stdout
#   <name>.stderr   real stderr
#   <name>.exit     real exit code
# Input files for -f live in tests/golden/kubectl/files/. Re-run: bash scripts/golden/record-kubectl.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
DIR="$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/kubectl"
mkdir -p "$DIR/files"
export KUBECONFIG=/nonexistent/kubeconfig
# A clean PATH so no kubectl plugins are discovered (they change the help text).
export PATH=/usr/bin:/bin
WORK=$(mktemp -d)
cp "$DIR/files/"* "$WORK/" 2>/dev/null || true

record() {
  local name="$1"; shift
  local line="$*"
  printf '%s\n' "$line" > "$DIR/$name.cmd"
  (cd "$WORK" && eval "\"$KUBECTL\" ${line#kubectl }" > "$DIR/$name.stdout" 2> "$DIR/$name.stderr"; echo $? > "$DIR/$name.exit")
}

record help-root "kubectl --help"
record unknown-command-gett "kubectl gett pods"
record unknown-command-foo "kubectl foo"
record get-unknown-flag "kubectl get pods --foo"
record get-unknown-shorthand "kubectl get pods -z"
record get-no-resource "kubectl get"
record get-flag-needs-argument "kubectl get pods -n"
record get-bad-bool "kubectl get pods --show-labels=maybe"
record run-no-image "kubectl run nginx"
record run-no-name "kubectl run --image=nginx"
record delete-no-args "kubectl delete"
record describe-no-args "kubectl describe"
record label-no-args "kubectl label"
record explain-no-args "kubectl explain"
record version-client "kubectl version --client"
record version-client-yaml "kubectl version --client -o yaml"
record create-no-objects "kubectl create -f empty.yaml"
record create-missing-file "kubectl create -f nothere.yaml"
record yaml-bad-indent "kubectl create -f bad-indent.yaml"
record yaml-mapping-values "kubectl create -f mapping-values.yaml"
record yaml-tab "kubectl create -f tab.yaml"
record yaml-missing-kind "kubectl create -f missing-kind.yaml --validate=false"
# Per-verb help texts: the simulator prints these exactly (src/sim/cli/kubectl/help/verbHelpTexts.ts
# is generated from them by scripts/golden/verb-help.mjs).
for verb in get describe run create delete apply expose scale rollout label annotate exec logs explain proxy "apply view-last-applied"; do
  record "help-${verb// /-}" "kubectl $verb --help"
done
# The node and waiting verbs (cli/kubectl/nodes).
for verb in taint cordon uncordon drain top wait; do
  record "help-${verb// /-}" "kubectl $verb --help"
done
for sub in deployment namespace quota service "service clusterip" "service nodeport" "service loadbalancer" "service externalname"; do
  record "help-create-${sub// /-}" "kubectl create $sub --help"
done

# Client-side dry runs need API discovery: serve it from a local stand-in (discovery documents only).
PORT=${PORT:-18443}
python3 "$(dirname "$0")/fake-discovery.py" "$PORT" &
SERVER=$!
sleep 1
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"
record run-dry-run-yaml "kubectl run nginx --image=nginx --dry-run=client -o yaml"
record run-dry-run-full "kubectl run bb --image=busybox --restart=Never --port=80 --labels=app=bb,tier=x --dry-run=client -o yaml --command -- sleep 3600"
record run-dry-run-args "kubectl run bb --image=busybox:1.36 --env=A=1 --env=B=two --dry-run=client -o yaml -- sh -c 'echo hi; sleep 10'"
record run-dry-run-json "kubectl run nginx --image=nginx:1.27 --port=8080 --dry-run=client -o json"
record run-dry-run-plain "kubectl run nginx --image=nginx --dry-run=client"
record run-dry-run-name "kubectl run nginx --image=nginx --dry-run=client -o name"
record create-dry-run-yaml "kubectl create -f pod.yaml --dry-run=client -o yaml --validate=false"
record create-dry-run-plain "kubectl create -f pod.yaml --dry-run=client --validate=false"
record create-dry-run-jsonpath "kubectl create -f pod.yaml --dry-run=client --validate=false -o jsonpath='{.spec.containers[*].name}'"
record create-dry-run-jsonpath-range "kubectl create -f pod.yaml --dry-run=client --validate=false -o jsonpath='{range .spec.containers[*]}{.name}{\"\\t\"}{.image}{\"\\n\"}{end}'"
record create-dry-run-custom-columns "kubectl create -f pod.yaml --dry-run=client --validate=false -o custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image,PORT:.spec.containers[0].ports[0].containerPort"
record run-dry-run-jsonpath-map "kubectl run nginx --image=nginx --dry-run=client -o jsonpath='{.metadata.labels}'"
# encoding/json escapes <, > and & as \u003c, \u003e and \u0026 in every JSON kubectl prints.
record run-dry-run-json-escape "kubectl run web --image=nginx --env='Q=a<b>&c' --dry-run=client -o json"
record run-dry-run-jsonpath-escape "kubectl run web --image=nginx --env='Q=a<b>&c' --dry-run=client -o jsonpath='{.spec.containers[0].env}'"
record create-dry-run-json-escape "kubectl create -f html.yaml --dry-run=client --validate=false -o json"
record create-deployment-json-escape "kubectl create deployment web --image=nginx --dry-run=client -o json -- echo '<b>&'"
record create-deployment-images-and-command "kubectl create deployment web --image=nginx --image=busybox --dry-run=client -- echo hi"
kill "$SERVER"
rm -rf "$WORK"
