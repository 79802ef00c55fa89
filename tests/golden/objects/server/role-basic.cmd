kubectl create role pod-reader --verb=get,list,watch --resource=pods --dry-run=client -o yaml
