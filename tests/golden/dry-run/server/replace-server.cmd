kubectl replace -f web-3.yaml --dry-run=server --validate=false
