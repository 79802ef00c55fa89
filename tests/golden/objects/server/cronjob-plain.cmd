kubectl create cronjob tick --image=busybox --schedule='* * * * *' --dry-run=client
