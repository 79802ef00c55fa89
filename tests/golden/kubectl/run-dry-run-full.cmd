kubectl run bb --image=busybox --restart=Never --port=80 --labels=app=bb,tier=x --dry-run=client -o yaml --command -- sleep 3600
