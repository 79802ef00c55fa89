kubectl create job hello --image=busybox --dry-run=client -o yaml
