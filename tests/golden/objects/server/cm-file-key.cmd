kubectl create configmap web --from-file=main.conf=nginx.conf --dry-run=client -o yaml
