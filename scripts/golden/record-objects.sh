#!/usr/bin/env bash
# Records the real kubectl v1.33 for the objects of issue 12: api-resources and api-versions (the
# discovery of a kubeadm 1.33 cluster, served by scripts/golden/objects-fake-apiserver.mjs from
# src/sim/api/discoveryTable.ts), the create generators of ConfigMaps, Secrets, Jobs, CronJobs,
# ServiceAccounts, Roles, ClusterRoles and their bindings (client dry run, -o yaml: exactly what
# kubectl would send), their argument errors, and auth can-i (yes/no, exit codes, --list).
# Layout: tests/golden/objects/server/<name>.cmd/.stdout/.stderr/.exit, input files in files/.
# Re-run: bash scripts/golden/record-objects.sh
set -u
. "$(dirname "$0")/local-kubeconfig.sh"
KUBECTL=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.33}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/tests/golden/objects"
rm -rf "$DIR/server"
mkdir -p "$DIR/server"
WORK=$(mktemp -d)
export HOME="$WORK/home"
cp -r "$DIR/files/"* "$WORK/"
PORT=${PORT:-18530}
"$ROOT/node_modules/.bin/node" "$(dirname "$0")/objects-fake-apiserver.mjs" "$PORT" &
SERVER=$!
# Wait for the stand-in to listen (Node takes a moment to start on a busy machine).
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.2; done
export PATH=/usr/bin:/bin
write_local_kubeconfig "$WORK/kubeconfig" "$PORT"
export KUBECONFIG="$WORK/kubeconfig"

record() {
  local name="$1"; shift
  local line="$*"
  printf '%s\n' "$line" > "$DIR/server/$name.cmd"
  (cd "$WORK" && eval "\"$KUBECTL\" ${line#kubectl }" > "$DIR/server/$name.stdout" 2> "$DIR/server/$name.stderr"; echo $? > "$DIR/server/$name.exit")
}

# Discovery
record api-versions "kubectl api-versions"
record api-resources "kubectl api-resources"
record api-resources-wide "kubectl api-resources -o wide"
record api-resources-name "kubectl api-resources -o name"
record api-resources-cluster "kubectl api-resources --namespaced=false"
record api-resources-namespaced-name "kubectl api-resources --namespaced=true -o name"
record api-resources-rbac "kubectl api-resources --api-group=rbac.authorization.k8s.io"
record api-resources-core "kubectl api-resources --api-group=''"
record api-resources-no-headers "kubectl api-resources --no-headers --api-group=batch"
record api-resources-sort-kind "kubectl api-resources --sort-by=kind --api-group=apps"
record api-resources-sort-name "kubectl api-resources --sort-by=name --namespaced=false"
record api-resources-bad-sort "kubectl api-resources --sort-by=age"
record api-resources-bad-output "kubectl api-resources -o yaml"
record api-resources-verbs "kubectl api-resources --verbs=list,get --api-group=batch"
record api-resources-categories "kubectl api-resources --categories=all"

# ConfigMaps
record cm-literal "kubectl create configmap app --from-literal=color=blue --from-literal=mode=prod --dry-run=client -o yaml"
record cm-literal-ns "kubectl create cm app -n dev --from-literal=color=blue --dry-run=client -o yaml"
record cm-file "kubectl create configmap web --from-file=nginx.conf --dry-run=client -o yaml"
record cm-file-key "kubectl create configmap web --from-file=main.conf=nginx.conf --dry-run=client -o yaml"
record cm-dir "kubectl create configmap levels --from-file=conf --dry-run=client -o yaml"
record cm-env-file "kubectl create configmap env --from-env-file=app.env --dry-run=client -o yaml"
record cm-json "kubectl create configmap app --from-literal=a=1 --dry-run=client -o json"
record cm-plain "kubectl create configmap app --from-literal=a=1 --dry-run=client"
record cm-created "kubectl create configmap app --from-literal=a=1"
record cm-empty "kubectl create configmap empty --dry-run=client -o yaml"
record cm-no-name "kubectl create configmap --from-literal=a=b"
record cm-two-names "kubectl create configmap a b"
record cm-bad-literal "kubectl create configmap app --from-literal=novalue"
record cm-bad-key "kubectl create configmap app --from-literal='bad key=1'"
record cm-dup-key "kubectl create configmap app --from-literal=a=1 --from-literal=a=2"
record cm-missing-file "kubectl create configmap app --from-file=nothere.txt"
record cm-env-and-literal "kubectl create configmap app --from-env-file=app.env --from-literal=a=b"
record cm-literal-equals "kubectl create configmap app --from-literal=url=http://x/?a=b --dry-run=client -o yaml"

# Secrets
record secret-literal "kubectl create secret generic db --from-literal=user=admin --from-literal=password='s3cr=t' --dry-run=client -o yaml"
record secret-file "kubectl create secret generic creds --from-file=username.txt --dry-run=client -o yaml"
record secret-type "kubectl create secret generic tok --type=kubernetes.io/basic-auth --from-literal=username=a --from-literal=password=b --dry-run=client -o yaml"
record secret-env "kubectl create secret generic env --from-env-file=app.env --dry-run=client -o yaml"
record secret-plain "kubectl create secret generic db --from-literal=a=b --dry-run=client"
record secret-created "kubectl create secret generic db --from-literal=a=b"
record secret-no-sub "kubectl create secret"
record secret-no-name "kubectl create secret generic"
record secret-json "kubectl create secret generic db --from-literal=a=b --dry-run=client -o json"

# Jobs and CronJobs
record job-image "kubectl create job pi --image=perl:5.34 --dry-run=client -o yaml -- perl -Mbignum=bpi -wle 'print bpi(20)'"
record job-image-only "kubectl create job hello --image=busybox --dry-run=client -o yaml"
record job-no-image "kubectl create job hello"
record job-from-cronjob "kubectl create job manual --from=cronjob/nightly --dry-run=client -o yaml"
record job-from-bad "kubectl create job manual --from=deployment/web"
record job-both "kubectl create job x --image=busybox --from=cronjob/nightly"
record job-created "kubectl create job hello --image=busybox"
record job-plain "kubectl create job hello --image=busybox --dry-run=client"
record cronjob-basic "kubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date"
record cronjob-restart "kubectl create cj tick --image=busybox --schedule='*/5 * * * *' --restart=Never --dry-run=client -o yaml"
record cronjob-no-schedule "kubectl create cronjob tick --image=busybox"
record cronjob-no-image "kubectl create cronjob tick --schedule='* * * * *'"
record cronjob-bad-restart "kubectl create cronjob tick --image=busybox --schedule='* * * * *' --restart=Always"
record cronjob-plain "kubectl create cronjob tick --image=busybox --schedule='* * * * *' --dry-run=client"

# ServiceAccounts and RBAC
record sa-yaml "kubectl create serviceaccount robot --dry-run=client -o yaml"
record sa-short "kubectl create sa robot -n dev --dry-run=client"
record sa-created "kubectl create serviceaccount robot"
record sa-no-name "kubectl create serviceaccount"
record role-basic "kubectl create role pod-reader --verb=get,list,watch --resource=pods --dry-run=client -o yaml"
record role-names "kubectl create role cm-one --verb=get --verb=update --resource=configmaps --resource-name=app --resource-name=web --dry-run=client -o yaml"
record role-groups "kubectl create role deployer --verb=create,delete --resource=deployments.apps,pods,jobs.batch --dry-run=client -o yaml"
record role-subresource "kubectl create role logs --verb=get --resource=pods/log --dry-run=client -o yaml"
record role-star "kubectl create role all --verb='*' --resource=pods --dry-run=client -o yaml"
record role-bad-verb "kubectl create role x --verb=fly --resource=pods"
record role-bad-resource "kubectl create role x --verb=get --resource=widgets"
record role-no-verb "kubectl create role x --resource=pods"
record role-no-resource "kubectl create role x --verb=get"
record role-plain "kubectl create role pod-reader --verb=get --resource=pods --dry-run=client"
record clusterrole-basic "kubectl create clusterrole node-reader --verb=get,list --resource=nodes --dry-run=client -o yaml"
record clusterrole-nonresource "kubectl create clusterrole health --verb=get --non-resource-url=/healthz --dry-run=client -o yaml"
record rolebinding-user "kubectl create rolebinding jane-reads --role=pod-reader --user=jane --dry-run=client -o yaml"
record rolebinding-all "kubectl create rolebinding team --clusterrole=view --user=jane --group=devs --serviceaccount=default:robot -n dev --dry-run=client -o yaml"
record rolebinding-no-role "kubectl create rolebinding x --user=jane"
record rolebinding-both-roles "kubectl create rolebinding x --role=a --clusterrole=b --user=jane"
record rolebinding-bad-sa "kubectl create rolebinding x --role=a --serviceaccount=robot"
record clusterrolebinding-basic "kubectl create clusterrolebinding jane-admin --clusterrole=cluster-admin --user=jane --dry-run=client -o yaml"
record clusterrolebinding-role "kubectl create clusterrolebinding x --role=a --user=jane"
record rolebinding-plain "kubectl create rolebinding jane-reads --role=pod-reader --user=jane --dry-run=client"

# auth can-i
record can-i-yes "kubectl auth can-i list pods"
record can-i-no "kubectl auth can-i list pods --as jane"
record can-i-quiet "kubectl auth can-i list pods --as jane -q"
record can-i-list "kubectl auth can-i --list"
record can-i-list-jane "kubectl auth can-i --list --as jane"
record can-i-no-args "kubectl auth can-i"
record can-i-one-arg "kubectl auth can-i list"
record can-i-unknown-resource "kubectl auth can-i get widgets"
record can-i-subresource "kubectl auth can-i get pods --subresource=log"
record can-i-all-ns "kubectl auth can-i create deployments -A"
record can-i-name "kubectl auth can-i get pods/nginx"
record auth-no-sub "kubectl auth"
record can-i-bad-verb "kubectl auth can-i fly pods"
record can-i-nonresource "kubectl auth can-i get /healthz"
record can-i-list-args "kubectl auth can-i --list get pods"
record can-i-short "kubectl auth can-i create deploy -n dev"
record can-i-no-headers "kubectl auth can-i --list --as jane --no-headers"
record can-i-star "kubectl auth can-i '*' '*'"
record secret-dup-key "kubectl create secret generic db --from-literal=a=1 --from-literal=a=2"
record secret-bad-key "kubectl create secret generic db --from-literal='a b=1'"
record cm-dir-with-key "kubectl create configmap levels --from-file=k=conf"

kill $SERVER
