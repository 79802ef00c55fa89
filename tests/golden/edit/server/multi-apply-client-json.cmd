kubectl apply -f two.yaml --dry-run=client -o json --validate=false
