kubectl create -f made.yaml --dry-run=server --validate=false
