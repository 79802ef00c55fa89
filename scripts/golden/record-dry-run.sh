#!/usr/bin/env bash
# Records the real kubectl v1.33 running every writing verb the simulator has with --dry-run=client,
# =server, the deprecated bare --dry-run and =true/=false, and bad values, against the stateful
# stand-in API server scripts/golden/dry-run-fake-apiserver.mjs (which honours dryRun=All and stores
# nothing for it). Layout: tests/golden/dry-run/server/<name>.cmd/.stdout/.stderr/.exit, plus
# <name>.requests: the requests kubectl sent (method, URL, status; discovery left out), which shows
# that a client dry run sends no write at all. Input files in tests/golden/dry-run/files.
# The stand-in's objects: deployments web (2 replicas, nginx:1.27, revision 2 with ReplicaSets of
# revisions 1 and 2) and held (paused), pods redis and nginx, namespaces default and dev.
# Re-run: bash scripts/golden/record-dry-run.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/tests/golden/dry-run"
rm -rf "$DIR/server"
mkdir -p "$DIR/server"
export PATH=/usr/bin:/bin
WORK=$(mktemp -d)
export HOME="$WORK/home"
cp "$DIR/files/"* "$WORK/"
PORT=${PORT:-18512}
node "$(dirname "$0")/dry-run-fake-apiserver.mjs" "$PORT" "$WORK/requests" &
SERVER=$!
sleep 1
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"
# Fill the discovery cache first, so each recording shows only the command's own requests.
"$KUBECTL" api-resources > /dev/null 2>&1

record() {
  local name="$1"; shift
  local line="$*"
  printf '%s\n' "$line" > "$DIR/server/$name.cmd"
  : > "$WORK/requests"
  # klog's header (time, pid) differs per run: the tests compare the text after it.
  (cd "$WORK" && eval "\"$KUBECTL\" ${line#kubectl }" > "$DIR/server/$name.stdout" 2> "$DIR/server/$name.stderr"; echo $? > "$DIR/server/$name.exit")
  cp "$WORK/requests" "$DIR/server/$name.requests"
}

# The strategy: bare and =true are client with a warning, =false is none with a warning, others fail.
record run-bare "kubectl run x --image=nginx --dry-run"
record run-true "kubectl run x --image=nginx --dry-run=true"
record run-bogus "kubectl run x --image=nginx --dry-run=bogus"
record delete-false-missing "kubectl delete pod nothere --dry-run=false"
record delete-bogus "kubectl delete pod redis --dry-run=maybe"
record scale-bogus "kubectl scale deployment web --replicas=5 --dry-run=yes"
record label-bogus "kubectl label pod redis a=b --dry-run=1"
record create-deployment-bogus "kubectl create deployment x --image=nginx --dry-run=sometimes"
record set-image-bogus "kubectl set image deployment/web nginx=nginx:1.28 --dry-run=no"

# run
record run-client "kubectl run x --image=nginx --dry-run=client"
record run-server "kubectl run x --image=nginx --dry-run=server"
record run-client-yaml-ns "kubectl run x --image=nginx -n dev --dry-run=client -o yaml"
record run-client-json-ns "kubectl run x --image=nginx -n dev --dry-run=client -o json"
record run-server-name "kubectl run x --image=nginx --dry-run=server -o name"
record run-expose-client "kubectl run x --image=nginx --port=80 --expose --dry-run=client"
record run-expose-server "kubectl run x --image=nginx --port=80 --expose --dry-run=server"

# create -f and the create generators
record create-file-client "kubectl create -f made.yaml --dry-run=client --validate=false"
record create-file-server "kubectl create -f made.yaml --dry-run=server --validate=false"
record create-file-client-yaml-ns "kubectl create -f made.yaml -n dev --dry-run=client -o yaml --validate=false"
record create-file-bare-name "kubectl create -f made.yaml --dry-run -o name --validate=false"
record create-file-exists-server "kubectl create -f web-3.yaml --dry-run=server --validate=false"
record create-deployment-client "kubectl create deployment x --image=nginx --dry-run=client"
record create-deployment-server "kubectl create deployment x --image=nginx --dry-run=server"
record create-deployment-client-yaml-ns "kubectl create deployment x --image=nginx -n dev --dry-run=client -o yaml"
record create-deployment-client-json-ns "kubectl create deployment x --image=nginx -n dev --dry-run=client -o json"
record create-service-client-yaml-ns "kubectl create service clusterip x --tcp=80:8080 -n dev --dry-run=client -o yaml"
record create-service-server "kubectl create service clusterip x --tcp=80:8080 --dry-run=server"
record create-namespace-client-yaml "kubectl create namespace x --dry-run=client -o yaml"
record create-namespace-client-yaml-ns "kubectl create namespace x -n dev --dry-run=client -o yaml"
record create-namespace-server "kubectl create namespace x --dry-run=server"
record create-quota-client-yaml-ns "kubectl create quota x --hard=pods=2 -n dev --dry-run=client -o yaml"
record create-quota-server "kubectl create quota x --hard=pods=2 --dry-run=server"

# apply and replace
record apply-create-client "kubectl apply -f made.yaml --dry-run=client --validate=false"
record apply-create-server "kubectl apply -f made.yaml --dry-run=server --validate=false"
record apply-configure-client "kubectl apply -f web-3.yaml --dry-run=client --validate=false"
record apply-configure-server "kubectl apply -f web-3.yaml --dry-run=server --validate=false"
record replace-client "kubectl replace -f web-3.yaml --dry-run=client --validate=false"
record replace-server "kubectl replace -f web-3.yaml --dry-run=server --validate=false"
record replace-force-client "kubectl replace --force -f web-3.yaml --dry-run=client"

# delete
record delete-client "kubectl delete pod redis --dry-run=client"
record delete-server "kubectl delete pod redis --dry-run=server"
record delete-bare "kubectl delete pod redis --dry-run"
record delete-client-name "kubectl delete pod/redis --dry-run=client -o name"
record delete-client-missing "kubectl delete pod nothere --dry-run=client"
record delete-server-missing "kubectl delete pod nothere --dry-run=server"
record delete-client-selector "kubectl delete pods -l tier=cache --dry-run=client"
record delete-client-file "kubectl delete -f redis-pod.yaml --dry-run=client"
record delete-server-deployment "kubectl delete deployment web --dry-run=server"
record delete-client-all "kubectl delete deployments --all --dry-run=client"

# scale
record scale-client "kubectl scale deployment web --replicas=5 --dry-run=client"
record scale-server "kubectl scale deployment web --replicas=5 --dry-run=server"
record scale-true "kubectl scale deployment/web --replicas=5 --dry-run=true"
record scale-client-yaml "kubectl scale deployment web --replicas=5 --dry-run=client -o yaml"
record scale-server-name "kubectl scale deployment web --replicas=5 --dry-run=server -o name"
record scale-client-precondition "kubectl scale deployment web --current-replicas=3 --replicas=5 --dry-run=client"

# label and annotate
record label-client "kubectl label pod redis a=b --dry-run=client"
record label-server "kubectl label pod redis a=b --dry-run=server"
record label-client-yaml "kubectl label pod redis a=b --dry-run=client -o yaml"
record label-server-name "kubectl label pod redis a=b --dry-run=server -o name"
record label-client-remove "kubectl label pod redis tier- --dry-run=client"
record label-client-clash "kubectl label pod redis tier=web --dry-run=client"
record label-client-selector "kubectl label pods -l tier=cache a=b --dry-run=client"
record annotate-client "kubectl annotate pod redis a=b --dry-run=client"
record annotate-server "kubectl annotate pod redis a=b --dry-run=server"
record annotate-bare-json "kubectl annotate pod redis a=b --dry-run -o json"

# expose
record expose-client "kubectl expose pod redis --port=6379 --dry-run=client"
record expose-server "kubectl expose pod redis --port=6379 --dry-run=server"
record expose-client-yaml-ns "kubectl expose deployment web --port=80 -n default --dry-run=client -o yaml"

# set image
record set-image-client "kubectl set image deployment/web nginx=nginx:1.28 --dry-run=client"
record set-image-server "kubectl set image deployment/web nginx=nginx:1.28 --dry-run=server"
record set-image-client-yaml "kubectl set image pod/redis redis=redis:7 --dry-run=client -o yaml"
record set-image-server-name "kubectl set image deployment web nginx=nginx:1.28 --dry-run=server -o name"

# rollout: only undo has --dry-run in kubectl 1.33
record rollout-undo-client "kubectl rollout undo deployment/web --dry-run=client"
record rollout-undo-server "kubectl rollout undo deployment/web --dry-run=server"
record rollout-restart-dry-run "kubectl rollout restart deployment/web --dry-run=client"
record rollout-pause-dry-run "kubectl rollout pause deployment/web --dry-run=server"
record rollout-resume-dry-run "kubectl rollout resume deployment/held --dry-run"
record rollout-status-dry-run "kubectl rollout status deployment/web --dry-run=client"
record rollout-group-dry-run "kubectl rollout --dry-run"

# More shapes: warnings, -o with each verb, errors in a dry run
record delete-client-force "kubectl delete pod redis --force --grace-period=0 --dry-run=client"
record delete-server-now "kubectl delete pod redis --now --dry-run=server -o name"
record create-file-client-yaml "kubectl create -f redis-pod.yaml --dry-run=client -o yaml --validate=false"
record run-client-jsonpath "kubectl run x --image=nginx --dry-run=client -o jsonpath={.spec.containers[0].image}"
record apply-configure-client-yaml "kubectl apply -f web-3.yaml --dry-run=client -o yaml --validate=false"
record label-server-json-ns "kubectl label pod redis a=b -n default --dry-run=server -o json"
record annotate-client-name "kubectl annotate deployment web a=b --dry-run=client -o name"
record expose-bare "kubectl expose deployment web --port=80 --dry-run"
record scale-client-missing "kubectl scale deployment nothere --replicas=1 --dry-run=client"
record scale-missing "kubectl scale deployment nothere --replicas=1"
record set-image-client-missing-container "kubectl set image deployment/web nope=nginx --dry-run=client"
record rollout-undo-client-revision "kubectl rollout undo deployment/web --to-revision=2 --dry-run=client"
record rollout-undo-client-missing-revision "kubectl rollout undo deployment/web --to-revision=9 --dry-run=client"
record rollout-undo-server-paused "kubectl rollout undo deployment/held --dry-run=server"

kill "$SERVER"
rm -rf "$WORK"
