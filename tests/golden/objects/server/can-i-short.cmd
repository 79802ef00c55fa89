kubectl auth can-i create deploy -n dev
