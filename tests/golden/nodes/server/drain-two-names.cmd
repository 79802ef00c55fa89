kubectl drain node01 node02
