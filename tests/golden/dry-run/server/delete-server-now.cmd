kubectl delete pod redis --now --dry-run=server -o name
