kubectl create deployment x --image=nginx -n dev --dry-run=client -o yaml
