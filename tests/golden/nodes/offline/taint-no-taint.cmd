kubectl taint nodes node01
