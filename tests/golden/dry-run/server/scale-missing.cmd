kubectl scale deployment nothere --replicas=1
