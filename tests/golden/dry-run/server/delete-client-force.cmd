kubectl delete pod redis --force --grace-period=0 --dry-run=client
