kubectl create job x --image=busybox --from=cronjob/nightly
