kubectl create -f made.yaml --dry-run=client --validate=false
