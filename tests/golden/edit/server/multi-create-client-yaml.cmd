kubectl create -f two.yaml --dry-run=client -o yaml --validate=false
