kubectl taint nodes nope a=b:NoSchedule
