kubectl create clusterrole health --verb=get --non-resource-url=/healthz --dry-run=client -o yaml
