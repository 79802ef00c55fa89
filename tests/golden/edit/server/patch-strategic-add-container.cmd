kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].name}
