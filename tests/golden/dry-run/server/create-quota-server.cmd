kubectl create quota x --hard=pods=2 --dry-run=server
