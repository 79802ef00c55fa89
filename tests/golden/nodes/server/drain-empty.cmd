kubectl drain controlplane
