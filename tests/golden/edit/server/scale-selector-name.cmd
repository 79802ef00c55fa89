kubectl scale deployment web -l app=web --replicas=3
