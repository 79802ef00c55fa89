kubectl create -f made.yaml --dry-run -o name --validate=false
