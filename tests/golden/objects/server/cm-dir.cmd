kubectl create configmap levels --from-file=conf --dry-run=client -o yaml
