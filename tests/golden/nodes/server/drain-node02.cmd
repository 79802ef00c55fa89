kubectl drain node02 --ignore-daemonsets
