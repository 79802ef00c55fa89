kubectl auth can-i list pods
