kubectl set env deployment/web MODE=blue LEVEL=3 -o jsonpath={.spec.template.spec.containers[0].env}
