kubectl taint nodes a=b:NoSchedule
