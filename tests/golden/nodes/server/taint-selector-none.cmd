kubectl taint nodes -l disk=hdd fast=true:NoSchedule
