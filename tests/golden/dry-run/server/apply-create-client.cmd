kubectl apply -f made.yaml --dry-run=client --validate=false
