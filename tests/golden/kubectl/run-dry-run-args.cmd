kubectl run bb --image=busybox:1.36 --env=A=1 --env=B=two --dry-run=client -o yaml -- sh -c 'echo hi; sleep 10'
