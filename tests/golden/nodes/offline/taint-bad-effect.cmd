kubectl taint nodes node01 key=value:Sometimes
