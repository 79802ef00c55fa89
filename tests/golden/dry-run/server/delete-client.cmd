kubectl delete pod redis --dry-run=client
