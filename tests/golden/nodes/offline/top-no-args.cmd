kubectl top
