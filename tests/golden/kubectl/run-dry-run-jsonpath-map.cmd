kubectl run nginx --image=nginx --dry-run=client -o jsonpath='{.metadata.labels}'
