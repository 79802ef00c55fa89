kubectl taint pods x key=value:NoSchedule
