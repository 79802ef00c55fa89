kubectl create cm app -n dev --from-literal=color=blue --dry-run=client -o yaml
