kubectl create secret generic creds --from-file=username.txt --dry-run=client -o yaml
