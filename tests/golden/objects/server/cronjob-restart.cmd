kubectl create cj tick --image=busybox --schedule='*/5 * * * *' --restart=Never --dry-run=client -o yaml
