kubectl label pod nginx tier=web -v=6
