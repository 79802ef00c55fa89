kubectl delete pod redis --dry-run=maybe
