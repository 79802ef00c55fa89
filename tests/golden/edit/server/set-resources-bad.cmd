kubectl set resources deployment web --limits=cpu=lots
