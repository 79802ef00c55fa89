kubectl set env deployment/web MODE=blue --dry-run=client -o jsonpath={.spec.template.spec.containers[0].env}
