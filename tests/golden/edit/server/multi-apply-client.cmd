kubectl apply -f two.yaml --dry-run=client --validate=false
