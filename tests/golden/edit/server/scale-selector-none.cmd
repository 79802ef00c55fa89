kubectl scale deployment -l app=nothere --replicas=3
