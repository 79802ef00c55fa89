kubectl create cronjob tick --image=busybox
