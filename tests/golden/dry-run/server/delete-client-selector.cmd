kubectl delete pods -l tier=cache --dry-run=client
