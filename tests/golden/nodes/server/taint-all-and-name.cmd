kubectl taint nodes node01 --all a=b:NoSchedule
