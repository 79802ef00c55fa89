kubectl taint nodes controlplane node-role.kubernetes.io/control-plane=x:NoSchedule --overwrite
