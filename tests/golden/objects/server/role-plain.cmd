kubectl create role pod-reader --verb=get --resource=pods --dry-run=client
