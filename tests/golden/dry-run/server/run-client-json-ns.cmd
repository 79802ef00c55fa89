kubectl run x --image=nginx -n dev --dry-run=client -o json
