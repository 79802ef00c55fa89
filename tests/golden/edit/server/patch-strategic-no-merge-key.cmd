kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"image":"nginx:1.28"}]}}}}'
