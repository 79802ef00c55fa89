kubectl create role all --verb='*' --resource=pods --dry-run=client -o yaml
