kubectl taint nodes -l disk=ssd fast=true:NoSchedule
