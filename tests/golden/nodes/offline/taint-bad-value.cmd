kubectl taint nodes node01 'k=bad value:NoSchedule'
