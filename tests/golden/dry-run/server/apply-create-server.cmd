kubectl apply -f made.yaml --dry-run=server --validate=false
