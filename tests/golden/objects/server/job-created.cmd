kubectl create job hello --image=busybox
