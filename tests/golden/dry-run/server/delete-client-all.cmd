kubectl delete deployments --all --dry-run=client
