kubectl auth can-i get /healthz
