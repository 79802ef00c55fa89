kubectl taint nodes node01 a=b:NoSchedule -o name
