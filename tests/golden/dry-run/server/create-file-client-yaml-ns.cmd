kubectl create -f made.yaml -n dev --dry-run=client -o yaml --validate=false
