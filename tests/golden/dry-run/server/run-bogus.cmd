kubectl run x --image=nginx --dry-run=bogus
