kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m
