kubectl patch -p '{}'
