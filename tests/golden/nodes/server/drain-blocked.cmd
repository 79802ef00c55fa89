kubectl drain node01
