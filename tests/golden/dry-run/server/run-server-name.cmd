kubectl run x --image=nginx --dry-run=server -o name
