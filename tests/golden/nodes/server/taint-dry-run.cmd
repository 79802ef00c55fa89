kubectl taint nodes node01 a=b:NoSchedule --dry-run=client
