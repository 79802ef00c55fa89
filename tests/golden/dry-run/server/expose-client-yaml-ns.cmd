kubectl expose deployment web --port=80 -n default --dry-run=client -o yaml
