#!/bin/sh
# Records what the real etcdctl 3.4 prints for `snapshot save|status|restore` into
# tests/golden/etcd-snapshot/etcdctl-3.4.txt (stdout and stderr of each command, then its exit code).
# Needs Debian's etcd-server and etcd-client (apt-get install -y etcd-server etcd-client).
# One etcd on 127.0.0.1:23791, a fresh data dir under /tmp, killed at the end.
set -u
out="$(dirname "$0")/../../tests/golden/etcd-snapshot/etcdctl-3.4.txt"
mkdir -p "$(dirname "$out")"
work=/tmp/etcd-snapshot-golden
rm -rf "$work" && mkdir -p "$work"
etcd --name s1 --data-dir "$work/d1" --listen-client-urls http://127.0.0.1:23791 --advertise-client-urls http://127.0.0.1:23791 \
  --listen-peer-urls http://127.0.0.1:23801 --initial-advertise-peer-urls http://127.0.0.1:23801 --initial-cluster s1=http://127.0.0.1:23801 >/dev/null 2>&1 &
pid=$!
sleep 3
etcdctl --endpoints=http://127.0.0.1:23791 put k1 v1 >/dev/null
: > "$out"
rec() {
  echo "\$ $*" >> "$out"
  "$@" > "$work/o" 2> "$work/e"; rc=$?
  sed 's/^/> /' "$work/o" >> "$out"
  # zap's JSON log lines carry times: keep their messages only.
  sed -e 's/^{"level":"info".*"msg":"\([^"]*\)".*/! {info} \1/' -e 's/^\([^!]\)/! \1/' "$work/e" >> "$out"
  echo "? $rc" >> "$out"
}
rec etcdctl --endpoints=http://127.0.0.1:23791 snapshot save "$work/snap.db"
rec etcdctl snapshot status "$work/snap.db"
rec etcdctl snapshot status "$work/snap.db" -w table
rec etcdctl snapshot status "$work/snap.db" -w json
rec etcdctl snapshot status "$work/nope.db"
rec etcdctl snapshot status
rec etcdctl snapshot restore "$work/snap.db" --data-dir "$work/restored"
rec etcdctl snapshot restore "$work/snap.db" --data-dir "$work/restored"
rec etcdctl snapshot restore "$work/nope.db" --data-dir "$work/r2"
rec etcdctl snapshot restore
echo "# files of the restored data dir:" >> "$out"
(cd "$work/restored" && find . -type f | sort | sed 's/^/# /') >> "$out"
sed -i "s#$work#/tmp/w#g" "$out"
kill "$pid"
