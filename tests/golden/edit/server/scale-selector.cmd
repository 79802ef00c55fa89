kubectl scale deployment -l app=held --replicas=3
