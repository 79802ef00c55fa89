kubectl create -f pod.yaml --dry-run=client -o yaml --validate=false
