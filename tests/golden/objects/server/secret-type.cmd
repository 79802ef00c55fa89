kubectl create secret generic tok --type=kubernetes.io/basic-auth --from-literal=username=a --from-literal=password=b --dry-run=client -o yaml
