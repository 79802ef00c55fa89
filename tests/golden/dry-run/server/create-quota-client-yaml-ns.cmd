kubectl create quota x --hard=pods=2 -n dev --dry-run=client -o yaml
