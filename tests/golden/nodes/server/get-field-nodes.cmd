kubectl get nodes --field-selector spec.unschedulable=true -o name
