kubectl create role cm-one --verb=get --verb=update --resource=configmaps --resource-name=app --resource-name=web --dry-run=client -o yaml
