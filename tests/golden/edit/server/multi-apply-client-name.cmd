kubectl apply -f two.yaml --dry-run=client -o name --validate=false
