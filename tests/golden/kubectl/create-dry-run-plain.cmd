kubectl create -f pod.yaml --dry-run=client --validate=false
