kubectl run nginx --image=nginx:1.27 --port=8080 --dry-run=client -o json
