# Sourced by the golden recorders: write_local_kubeconfig FILE PORT writes a kubeconfig that points
# kubectl at a stand-in API server on http://127.0.0.1:PORT (no credentials).
write_local_kubeconfig() {
  cat > "$1" <<KCFG
apiVersion: v1
kind: Config
clusters:
- cluster:
    server: http://127.0.0.1:$2
  name: sim
contexts:
- context:
    cluster: sim
    user: admin
  name: sim
current-context: sim
users:
- name: admin
  user: {}
KCFG
}
