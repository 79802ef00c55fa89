kubectl apply -f web-3.yaml --dry-run=server --validate=false
