kubectl run x --image=nginx --overrides='{"spec":{"hostNetwork":true,"containers":[{"name":"x","image":"busybox"}]}}' --dry-run=client -o yaml
