kubectl patch deployment web --type merge -p '{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].name}
