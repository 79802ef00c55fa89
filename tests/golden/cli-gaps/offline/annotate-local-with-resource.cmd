kubectl annotate deployment web a=b --local
