kubectl top pod bare
