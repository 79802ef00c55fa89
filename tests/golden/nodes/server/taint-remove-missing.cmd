kubectl taint nodes node01 dedicated:NoSchedule-
