kubectl drain node02 --ignore-daemonsets --disable-eviction
