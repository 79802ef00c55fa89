kubectl delete pod nothere --dry-run=false
