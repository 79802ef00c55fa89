kubectl create deployment x --image=nginx --dry-run=server
