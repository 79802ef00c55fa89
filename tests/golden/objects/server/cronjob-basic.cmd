kubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date
