kubectl replace -f web-3.yaml --dry-run=client --validate=false
