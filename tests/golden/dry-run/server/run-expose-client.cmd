kubectl run x --image=nginx --port=80 --expose --dry-run=client
