kubectl taint nodes node01 dedicated=db:NoSchedule
