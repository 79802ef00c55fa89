kubectl cordon -l kubernetes.io/hostname
