kubectl create configmap web --from-file=nginx.conf --dry-run=client -o yaml
