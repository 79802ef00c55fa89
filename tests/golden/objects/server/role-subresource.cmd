kubectl create role logs --verb=get --resource=pods/log --dry-run=client -o yaml
