kubectl create -f html.yaml --dry-run=client --validate=false -o json
