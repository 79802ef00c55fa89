kubectl delete pod nothere --dry-run=server
