kubectl annotate -f deploy.yaml --local a=b --dry-run=server
