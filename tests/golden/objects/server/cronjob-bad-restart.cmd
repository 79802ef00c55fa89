kubectl create cronjob tick --image=busybox --schedule='* * * * *' --restart=Always
