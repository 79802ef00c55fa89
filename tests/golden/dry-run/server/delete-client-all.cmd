kubectl delete pods --all --dry-run=client
