kubectl taint nodes node01 'bad key=v:NoSchedule'
