kubectl taint nodes node01 a=b:NoSchedule a=c:NoSchedule
