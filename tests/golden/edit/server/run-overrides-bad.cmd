kubectl run x --image=nginx --overrides='{bad' --dry-run=client -o yaml
