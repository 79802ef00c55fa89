kubectl apply -f web-3.yaml --dry-run=client -o yaml --validate=false
