kubectl annotate a=b deployment
