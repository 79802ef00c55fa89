kubectl delete pod nothere --dry-run=client
