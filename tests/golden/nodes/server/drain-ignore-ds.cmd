kubectl drain node01 --ignore-daemonsets
