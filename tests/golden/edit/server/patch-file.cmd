kubectl patch deployment web --patch-file patch.yaml -o jsonpath={.spec.template.spec.containers[0].env}
