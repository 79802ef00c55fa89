kubectl annotate deployment web a=b -v=6
