kubectl create configmap empty --dry-run=client -o yaml
