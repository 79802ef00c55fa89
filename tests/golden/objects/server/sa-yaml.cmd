kubectl create serviceaccount robot --dry-run=client -o yaml
