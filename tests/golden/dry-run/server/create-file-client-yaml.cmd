kubectl create -f redis-pod.yaml --dry-run=client -o yaml --validate=false
